// Warp 1.19.0 cuda code for diffuse_1b061dda.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_waves_0c027c05_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_heights,
    wp::float32 var_wave_speed,
    wp::float32 var_dx,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_heights_prev)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 4.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 2.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        //---------
        // forward
        // def integrate_waves(                                                                   <L 86>
        // i, j = wp.tid()                                                                        <L 93>
        builtin_tid2d(var_0, var_1);
        // im = wp.max(i - 1, 0)                                                                  <L 94>
        var_3 = wp::sub(var_0, var_2);
        var_5 = wp::max(var_3, var_4);
        // ip = wp.min(i + 1, heights.shape[0] - 1)                                               <L 95>
        var_7 = wp::add(var_0, var_6);
        var_8 = &(var_heights.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_13 = wp::sub(var_10, var_12);
        var_14 = wp::min(var_7, var_13);
        // jm = wp.max(j - 1, 0)                                                                  <L 96>
        var_16 = wp::sub(var_1, var_15);
        var_18 = wp::max(var_16, var_17);
        // jp = wp.min(j + 1, heights.shape[1] - 1)                                               <L 97>
        var_20 = wp::add(var_1, var_19);
        var_21 = &(var_heights.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_26 = wp::sub(var_23, var_25);
        var_27 = wp::min(var_20, var_26);
        // h1 = heights[i, j]                                                                     <L 98>
        var_28 = wp::address(var_heights, var_0, var_1);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // l = (heights[im, j] + heights[ip, j] + heights[i, jm] + heights[i, jp] - 4.0 * h1) / (dx * dx)       <L 99>
        var_31 = wp::address(var_heights, var_5, var_1);
        var_32 = wp::address(var_heights, var_14, var_1);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::add(var_34, var_35);
        var_36 = wp::address(var_heights, var_0, var_18);
        var_38 = wp::load(var_36);
        var_37 = wp::add(var_33, var_38);
        var_39 = wp::address(var_heights, var_0, var_27);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_37, var_41);
        var_43 = wp::mul(var_42, var_29);
        var_44 = wp::sub(var_40, var_43);
        var_45 = wp::mul(var_dx, var_dx);
        var_46 = wp::div(var_44, var_45);
        // h0 = heights_prev[i, j]                                                                <L 100>
        var_47 = wp::address(var_heights_prev, var_0, var_1);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // h = 2.0 * h1 - h0 + delta_time * delta_time * wave_speed * l                           <L 101>
        var_51 = wp::mul(var_50, var_29);
        var_52 = wp::sub(var_51, var_48);
        var_53 = wp::mul(var_delta_time, var_delta_time);
        var_54 = wp::mul(var_53, var_wave_speed);
        var_55 = wp::mul(var_54, var_46);
        var_56 = wp::add(var_52, var_55);
        // heights_prev[i, j] = h                                                                 <L 102>
        wp::array_store(var_heights_prev, var_0, var_1, var_56);
    }
}



extern "C" __global__ void integrate_waves_0c027c05_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_heights,
    wp::float32 var_wave_speed,
    wp::float32 var_dx,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_heights_prev,
    wp::array_t<wp::float32> adj_heights,
    wp::float32 adj_wave_speed,
    wp::float32 adj_dx,
    wp::float32 adj_delta_time,
    wp::array_t<wp::float32> adj_heights_prev)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::shape_t var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 4.0;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 2.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::shape_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::shape_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        //---------
        // forward
        // def integrate_waves(                                                                   <L 86>
        // i, j = wp.tid()                                                                        <L 93>
        builtin_tid2d(var_0, var_1);
        // im = wp.max(i - 1, 0)                                                                  <L 94>
        var_3 = wp::sub(var_0, var_2);
        var_5 = wp::max(var_3, var_4);
        // ip = wp.min(i + 1, heights.shape[0] - 1)                                               <L 95>
        var_7 = wp::add(var_0, var_6);
        var_8 = &(var_heights.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_13 = wp::sub(var_10, var_12);
        var_14 = wp::min(var_7, var_13);
        // jm = wp.max(j - 1, 0)                                                                  <L 96>
        var_16 = wp::sub(var_1, var_15);
        var_18 = wp::max(var_16, var_17);
        // jp = wp.min(j + 1, heights.shape[1] - 1)                                               <L 97>
        var_20 = wp::add(var_1, var_19);
        var_21 = &(var_heights.shape);
        var_24 = wp::load(var_21);
        var_23 = wp::extract(var_24, var_22);
        var_26 = wp::sub(var_23, var_25);
        var_27 = wp::min(var_20, var_26);
        // h1 = heights[i, j]                                                                     <L 98>
        var_28 = wp::address(var_heights, var_0, var_1);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // l = (heights[im, j] + heights[ip, j] + heights[i, jm] + heights[i, jp] - 4.0 * h1) / (dx * dx)       <L 99>
        var_31 = wp::address(var_heights, var_5, var_1);
        var_32 = wp::address(var_heights, var_14, var_1);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::add(var_34, var_35);
        var_36 = wp::address(var_heights, var_0, var_18);
        var_38 = wp::load(var_36);
        var_37 = wp::add(var_33, var_38);
        var_39 = wp::address(var_heights, var_0, var_27);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_37, var_41);
        var_43 = wp::mul(var_42, var_29);
        var_44 = wp::sub(var_40, var_43);
        var_45 = wp::mul(var_dx, var_dx);
        var_46 = wp::div(var_44, var_45);
        // h0 = heights_prev[i, j]                                                                <L 100>
        var_47 = wp::address(var_heights_prev, var_0, var_1);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // h = 2.0 * h1 - h0 + delta_time * delta_time * wave_speed * l                           <L 101>
        var_51 = wp::mul(var_50, var_29);
        var_52 = wp::sub(var_51, var_48);
        var_53 = wp::mul(var_delta_time, var_delta_time);
        var_54 = wp::mul(var_53, var_wave_speed);
        var_55 = wp::mul(var_54, var_46);
        var_56 = wp::add(var_52, var_55);
        // heights_prev[i, j] = h                                                                 <L 102>
        // wp::array_store(var_heights_prev, var_0, var_1, var_56);
        //---------
        // reverse
        wp::adj_array_store(var_heights_prev, var_0, var_1, var_56, adj_heights_prev, adj_0, adj_1, adj_56);
        // adj: heights_prev[i, j] = h                                                            <L 102>
        wp::adj_add(var_52, var_55, adj_52, adj_55, adj_56);
        wp::adj_mul(var_54, var_46, adj_54, adj_46, adj_55);
        wp::adj_mul(var_53, var_wave_speed, adj_53, adj_wave_speed, adj_54);
        wp::adj_mul(var_delta_time, var_delta_time, adj_delta_time, adj_delta_time, adj_53);
        wp::adj_sub(var_51, var_48, adj_51, adj_48, adj_52);
        wp::adj_mul(var_50, var_29, adj_50, adj_29, adj_51);
        // adj: h = 2.0 * h1 - h0 + delta_time * delta_time * wave_speed * l                      <L 101>
        wp::adj_copy(var_49, adj_47, adj_48);
        wp::adj_address(var_heights_prev, var_0, var_1, adj_heights_prev, adj_0, adj_1, adj_47);
        // adj: h0 = heights_prev[i, j]                                                           <L 100>
        wp::adj_div(var_44, var_45, var_46, adj_44, adj_45, adj_46);
        wp::adj_mul(var_dx, var_dx, adj_dx, adj_dx, adj_45);
        wp::adj_sub(var_40, var_43, adj_40, adj_43, adj_44);
        wp::adj_mul(var_42, var_29, adj_42, adj_29, adj_43);
        wp::adj_add(var_37, var_41, adj_37, adj_39, adj_40);
        wp::adj_address(var_heights, var_0, var_27, adj_heights, adj_0, adj_27, adj_39);
        wp::adj_add(var_33, var_38, adj_33, adj_36, adj_37);
        wp::adj_address(var_heights, var_0, var_18, adj_heights, adj_0, adj_18, adj_36);
        wp::adj_add(var_34, var_35, adj_31, adj_32, adj_33);
        wp::adj_address(var_heights, var_14, var_1, adj_heights, adj_14, adj_1, adj_32);
        wp::adj_address(var_heights, var_5, var_1, adj_heights, adj_5, adj_1, adj_31);
        // adj: l = (heights[im, j] + heights[ip, j] + heights[i, jm] + heights[i, jp] - 4.0 * h1) / (dx * dx)  <L 99>
        wp::adj_copy(var_30, adj_28, adj_29);
        wp::adj_address(var_heights, var_0, var_1, adj_heights, adj_0, adj_1, adj_28);
        // adj: h1 = heights[i, j]                                                                <L 98>
        wp::adj_min(var_20, var_26, adj_20, adj_26, adj_27);
        wp::adj_sub(var_23, var_25, adj_23, adj_25, adj_26);
        adj_heights.shape = adj_21;
        wp::adj_add(var_1, var_19, adj_1, adj_19, adj_20);
        // adj: jp = wp.min(j + 1, heights.shape[1] - 1)                                          <L 97>
        wp::adj_max(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
        // adj: jm = wp.max(j - 1, 0)                                                             <L 96>
        wp::adj_min(var_7, var_13, adj_7, adj_13, adj_14);
        wp::adj_sub(var_10, var_12, adj_10, adj_12, adj_13);
        adj_heights.shape = adj_8;
        wp::adj_add(var_0, var_6, adj_0, adj_6, adj_7);
        // adj: ip = wp.min(i + 1, heights.shape[0] - 1)                                          <L 95>
        wp::adj_max(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_sub(var_0, var_2, adj_0, adj_2, adj_3);
        // adj: im = wp.max(i - 1, 0)                                                             <L 94>
        // adj: i, j = wp.tid()                                                                   <L 93>
        // adj: def integrate_waves(                                                              <L 86>
        continue;
    }
}



extern "C" __global__ void diffuse_dye_2f1d3451_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::float32> var_density_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        wp::int32 var_30;
        const wp::int32 var_31 = 2;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::int32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::int32 var_54;
        const wp::int32 var_55 = 2;
        wp::int32 var_56;
        wp::int32 var_57;
        const wp::int32 var_58 = 2;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::float32 var_62;
        wp::float32* var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        const wp::int32 var_67 = 2;
        const wp::int32 var_68 = 1;
        wp::int32 var_69;
        const wp::int32 var_70 = 1;
        wp::int32 var_71;
        wp::int32 var_72;
        const wp::int32 var_73 = 0;
        const wp::int32 var_74 = 1;
        wp::int32 var_75;
        wp::int32 var_76;
        wp::int32 var_77;
        const wp::int32 var_78 = 0;
        const wp::int32 var_79 = 1;
        wp::int32 var_80;
        wp::int32 var_81;
        const wp::int32 var_82 = 2;
        wp::int32 var_83;
        wp::int32 var_84;
        const wp::int32 var_85 = 2;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        wp::float32 var_89;
        wp::float32* var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        const wp::int32 var_94 = 1;
        const wp::int32 var_95 = 0;
        const wp::int32 var_96 = 1;
        wp::int32 var_97;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        const wp::int32 var_101 = 0;
        const wp::int32 var_102 = 1;
        wp::int32 var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 0;
        const wp::int32 var_107 = 1;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 2;
        wp::int32 var_111;
        wp::int32 var_112;
        const wp::int32 var_113 = 2;
        wp::int32 var_114;
        wp::int32 var_115;
        wp::int32 var_116;
        wp::float32 var_117;
        wp::float32* var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 1;
        const wp::int32 var_123 = 1;
        wp::int32 var_124;
        const wp::int32 var_125 = 1;
        wp::int32 var_126;
        wp::int32 var_127;
        const wp::int32 var_128 = 0;
        const wp::int32 var_129 = 1;
        wp::int32 var_130;
        wp::int32 var_131;
        wp::int32 var_132;
        const wp::int32 var_133 = 0;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        wp::int32 var_136;
        const wp::int32 var_137 = 2;
        wp::int32 var_138;
        wp::int32 var_139;
        const wp::int32 var_140 = 2;
        wp::int32 var_141;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::float32 var_144;
        wp::float32* var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        wp::float32 var_148;
        const wp::int32 var_149 = 2;
        const wp::int32 var_150 = 1;
        wp::int32 var_151;
        const wp::int32 var_152 = 1;
        wp::int32 var_153;
        wp::int32 var_154;
        const wp::int32 var_155 = 0;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        wp::int32 var_158;
        wp::int32 var_159;
        const wp::int32 var_160 = 0;
        const wp::int32 var_161 = 1;
        wp::int32 var_162;
        wp::int32 var_163;
        const wp::int32 var_164 = 2;
        wp::int32 var_165;
        wp::int32 var_166;
        const wp::int32 var_167 = 2;
        wp::int32 var_168;
        wp::int32 var_169;
        wp::int32 var_170;
        wp::float32 var_171;
        wp::float32* var_172;
        wp::float32 var_173;
        wp::float32 var_174;
        wp::float32 var_175;
        const wp::int32 var_176 = 2;
        const wp::int32 var_177 = 0;
        const wp::int32 var_178 = 1;
        wp::int32 var_179;
        const wp::int32 var_180 = 1;
        wp::int32 var_181;
        wp::int32 var_182;
        const wp::int32 var_183 = 0;
        const wp::int32 var_184 = 1;
        wp::int32 var_185;
        wp::int32 var_186;
        wp::int32 var_187;
        const wp::int32 var_188 = 0;
        const wp::int32 var_189 = 1;
        wp::int32 var_190;
        wp::int32 var_191;
        const wp::int32 var_192 = 2;
        wp::int32 var_193;
        wp::int32 var_194;
        const wp::int32 var_195 = 2;
        wp::int32 var_196;
        wp::int32 var_197;
        wp::int32 var_198;
        wp::float32 var_199;
        wp::float32* var_200;
        wp::float32 var_201;
        wp::float32 var_202;
        wp::float32 var_203;
        const wp::int32 var_204 = 1;
        const wp::int32 var_205 = 1;
        wp::int32 var_206;
        const wp::int32 var_207 = 1;
        wp::int32 var_208;
        wp::int32 var_209;
        const wp::int32 var_210 = 0;
        const wp::int32 var_211 = 1;
        wp::int32 var_212;
        wp::int32 var_213;
        wp::int32 var_214;
        const wp::int32 var_215 = 0;
        const wp::int32 var_216 = 1;
        wp::int32 var_217;
        wp::int32 var_218;
        const wp::int32 var_219 = 2;
        wp::int32 var_220;
        wp::int32 var_221;
        const wp::int32 var_222 = 2;
        wp::int32 var_223;
        wp::int32 var_224;
        wp::int32 var_225;
        wp::float32 var_226;
        wp::float32* var_227;
        wp::float32 var_228;
        wp::float32 var_229;
        wp::float32 var_230;
        const wp::int32 var_231 = 2;
        const wp::int32 var_232 = 1;
        wp::int32 var_233;
        const wp::int32 var_234 = 1;
        wp::int32 var_235;
        wp::int32 var_236;
        const wp::int32 var_237 = 0;
        const wp::int32 var_238 = 1;
        wp::int32 var_239;
        wp::int32 var_240;
        wp::int32 var_241;
        const wp::int32 var_242 = 0;
        const wp::int32 var_243 = 1;
        wp::int32 var_244;
        wp::int32 var_245;
        const wp::int32 var_246 = 2;
        wp::int32 var_247;
        wp::int32 var_248;
        const wp::int32 var_249 = 2;
        wp::int32 var_250;
        wp::int32 var_251;
        wp::int32 var_252;
        wp::float32 var_253;
        wp::float32* var_254;
        wp::float32 var_255;
        wp::float32 var_256;
        wp::float32 var_257;
        const wp::float32 var_258 = 0.0625;
        wp::float32 var_259;
        //---------
        // forward
        // def diffuse_dye(density: wp.array2d[float], density_out: wp.array2d[float]):           <L 40>
        // i, j = wp.tid()                                                                        <L 41>
        builtin_tid2d(var_0, var_1);
        // width = density.shape[0]                                                               <L 42>
        var_2 = &(var_density.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = density.shape[1]                                                              <L 43>
        var_6 = &(var_density.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // total = float(0.0)                                                                     <L 44>
        var_11 = wp::float(var_10);
        // for a in range(3):                                                                     <L 45>
        // for b in range(3):                                                                     <L 46>
        // di = a - 1                                                                             <L 47>
        var_15 = wp::sub(var_12, var_14);
        // dj = b - 1                                                                             <L 48>
        var_17 = wp::sub(var_13, var_16);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_18 = wp::add(var_0, var_15);
        var_21 = wp::sub(var_4, var_20);
        var_22 = wp::clamp(var_18, var_19, var_21);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_23 = wp::add(var_1, var_17);
        var_26 = wp::sub(var_8, var_25);
        var_27 = wp::clamp(var_23, var_24, var_26);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_29 = wp::abs(var_15);
        var_30 = wp::sub(var_28, var_29);
        var_32 = wp::abs(var_17);
        var_33 = wp::sub(var_31, var_32);
        var_34 = wp::mul(var_30, var_33);
        var_35 = wp::float(var_34);
        // total += w * density[x, y]                                                             <L 52>
        var_36 = wp::address(var_density, var_22, var_27);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_35, var_38);
        var_39 = wp::add(var_11, var_37);
        // di = a - 1                                                                             <L 47>
        var_42 = wp::sub(var_12, var_41);
        // dj = b - 1                                                                             <L 48>
        var_44 = wp::sub(var_40, var_43);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_45 = wp::add(var_0, var_42);
        var_48 = wp::sub(var_4, var_47);
        var_49 = wp::clamp(var_45, var_46, var_48);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_50 = wp::add(var_1, var_44);
        var_53 = wp::sub(var_8, var_52);
        var_54 = wp::clamp(var_50, var_51, var_53);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_56 = wp::abs(var_42);
        var_57 = wp::sub(var_55, var_56);
        var_59 = wp::abs(var_44);
        var_60 = wp::sub(var_58, var_59);
        var_61 = wp::mul(var_57, var_60);
        var_62 = wp::float(var_61);
        // total += w * density[x, y]                                                             <L 52>
        var_63 = wp::address(var_density, var_49, var_54);
        var_65 = wp::load(var_63);
        var_64 = wp::mul(var_62, var_65);
        var_66 = wp::add(var_39, var_64);
        // di = a - 1                                                                             <L 47>
        var_69 = wp::sub(var_12, var_68);
        // dj = b - 1                                                                             <L 48>
        var_71 = wp::sub(var_67, var_70);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_72 = wp::add(var_0, var_69);
        var_75 = wp::sub(var_4, var_74);
        var_76 = wp::clamp(var_72, var_73, var_75);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_77 = wp::add(var_1, var_71);
        var_80 = wp::sub(var_8, var_79);
        var_81 = wp::clamp(var_77, var_78, var_80);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_83 = wp::abs(var_69);
        var_84 = wp::sub(var_82, var_83);
        var_86 = wp::abs(var_71);
        var_87 = wp::sub(var_85, var_86);
        var_88 = wp::mul(var_84, var_87);
        var_89 = wp::float(var_88);
        // total += w * density[x, y]                                                             <L 52>
        var_90 = wp::address(var_density, var_76, var_81);
        var_92 = wp::load(var_90);
        var_91 = wp::mul(var_89, var_92);
        var_93 = wp::add(var_66, var_91);
        // for b in range(3):                                                                     <L 46>
        // di = a - 1                                                                             <L 47>
        var_97 = wp::sub(var_94, var_96);
        // dj = b - 1                                                                             <L 48>
        var_99 = wp::sub(var_95, var_98);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_100 = wp::add(var_0, var_97);
        var_103 = wp::sub(var_4, var_102);
        var_104 = wp::clamp(var_100, var_101, var_103);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_105 = wp::add(var_1, var_99);
        var_108 = wp::sub(var_8, var_107);
        var_109 = wp::clamp(var_105, var_106, var_108);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_111 = wp::abs(var_97);
        var_112 = wp::sub(var_110, var_111);
        var_114 = wp::abs(var_99);
        var_115 = wp::sub(var_113, var_114);
        var_116 = wp::mul(var_112, var_115);
        var_117 = wp::float(var_116);
        // total += w * density[x, y]                                                             <L 52>
        var_118 = wp::address(var_density, var_104, var_109);
        var_120 = wp::load(var_118);
        var_119 = wp::mul(var_117, var_120);
        var_121 = wp::add(var_93, var_119);
        // di = a - 1                                                                             <L 47>
        var_124 = wp::sub(var_94, var_123);
        // dj = b - 1                                                                             <L 48>
        var_126 = wp::sub(var_122, var_125);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_127 = wp::add(var_0, var_124);
        var_130 = wp::sub(var_4, var_129);
        var_131 = wp::clamp(var_127, var_128, var_130);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_132 = wp::add(var_1, var_126);
        var_135 = wp::sub(var_8, var_134);
        var_136 = wp::clamp(var_132, var_133, var_135);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_138 = wp::abs(var_124);
        var_139 = wp::sub(var_137, var_138);
        var_141 = wp::abs(var_126);
        var_142 = wp::sub(var_140, var_141);
        var_143 = wp::mul(var_139, var_142);
        var_144 = wp::float(var_143);
        // total += w * density[x, y]                                                             <L 52>
        var_145 = wp::address(var_density, var_131, var_136);
        var_147 = wp::load(var_145);
        var_146 = wp::mul(var_144, var_147);
        var_148 = wp::add(var_121, var_146);
        // di = a - 1                                                                             <L 47>
        var_151 = wp::sub(var_94, var_150);
        // dj = b - 1                                                                             <L 48>
        var_153 = wp::sub(var_149, var_152);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_154 = wp::add(var_0, var_151);
        var_157 = wp::sub(var_4, var_156);
        var_158 = wp::clamp(var_154, var_155, var_157);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_159 = wp::add(var_1, var_153);
        var_162 = wp::sub(var_8, var_161);
        var_163 = wp::clamp(var_159, var_160, var_162);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_165 = wp::abs(var_151);
        var_166 = wp::sub(var_164, var_165);
        var_168 = wp::abs(var_153);
        var_169 = wp::sub(var_167, var_168);
        var_170 = wp::mul(var_166, var_169);
        var_171 = wp::float(var_170);
        // total += w * density[x, y]                                                             <L 52>
        var_172 = wp::address(var_density, var_158, var_163);
        var_174 = wp::load(var_172);
        var_173 = wp::mul(var_171, var_174);
        var_175 = wp::add(var_148, var_173);
        // for b in range(3):                                                                     <L 46>
        // di = a - 1                                                                             <L 47>
        var_179 = wp::sub(var_176, var_178);
        // dj = b - 1                                                                             <L 48>
        var_181 = wp::sub(var_177, var_180);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_182 = wp::add(var_0, var_179);
        var_185 = wp::sub(var_4, var_184);
        var_186 = wp::clamp(var_182, var_183, var_185);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_187 = wp::add(var_1, var_181);
        var_190 = wp::sub(var_8, var_189);
        var_191 = wp::clamp(var_187, var_188, var_190);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_193 = wp::abs(var_179);
        var_194 = wp::sub(var_192, var_193);
        var_196 = wp::abs(var_181);
        var_197 = wp::sub(var_195, var_196);
        var_198 = wp::mul(var_194, var_197);
        var_199 = wp::float(var_198);
        // total += w * density[x, y]                                                             <L 52>
        var_200 = wp::address(var_density, var_186, var_191);
        var_202 = wp::load(var_200);
        var_201 = wp::mul(var_199, var_202);
        var_203 = wp::add(var_175, var_201);
        // di = a - 1                                                                             <L 47>
        var_206 = wp::sub(var_176, var_205);
        // dj = b - 1                                                                             <L 48>
        var_208 = wp::sub(var_204, var_207);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_209 = wp::add(var_0, var_206);
        var_212 = wp::sub(var_4, var_211);
        var_213 = wp::clamp(var_209, var_210, var_212);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_214 = wp::add(var_1, var_208);
        var_217 = wp::sub(var_8, var_216);
        var_218 = wp::clamp(var_214, var_215, var_217);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_220 = wp::abs(var_206);
        var_221 = wp::sub(var_219, var_220);
        var_223 = wp::abs(var_208);
        var_224 = wp::sub(var_222, var_223);
        var_225 = wp::mul(var_221, var_224);
        var_226 = wp::float(var_225);
        // total += w * density[x, y]                                                             <L 52>
        var_227 = wp::address(var_density, var_213, var_218);
        var_229 = wp::load(var_227);
        var_228 = wp::mul(var_226, var_229);
        var_230 = wp::add(var_203, var_228);
        // di = a - 1                                                                             <L 47>
        var_233 = wp::sub(var_176, var_232);
        // dj = b - 1                                                                             <L 48>
        var_235 = wp::sub(var_231, var_234);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_236 = wp::add(var_0, var_233);
        var_239 = wp::sub(var_4, var_238);
        var_240 = wp::clamp(var_236, var_237, var_239);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_241 = wp::add(var_1, var_235);
        var_244 = wp::sub(var_8, var_243);
        var_245 = wp::clamp(var_241, var_242, var_244);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_247 = wp::abs(var_233);
        var_248 = wp::sub(var_246, var_247);
        var_250 = wp::abs(var_235);
        var_251 = wp::sub(var_249, var_250);
        var_252 = wp::mul(var_248, var_251);
        var_253 = wp::float(var_252);
        // total += w * density[x, y]                                                             <L 52>
        var_254 = wp::address(var_density, var_240, var_245);
        var_256 = wp::load(var_254);
        var_255 = wp::mul(var_253, var_256);
        var_257 = wp::add(var_230, var_255);
        // mean = total * wp.static(1.0 / 16.0)                                                   <L 53>
        var_259 = wp::mul(var_257, var_258);
        // density_out[i, j] = mean                                                               <L 54>
        wp::array_store(var_density_out, var_0, var_1, var_259);
    }
}



extern "C" __global__ void diffuse_dye_2f1d3451_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::float32> var_density_out,
    wp::array_t<wp::float32> adj_density,
    wp::array_t<wp::float32> adj_density_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        wp::int32 var_30;
        const wp::int32 var_31 = 2;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::int32 var_49;
        wp::int32 var_50;
        const wp::int32 var_51 = 0;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::int32 var_54;
        const wp::int32 var_55 = 2;
        wp::int32 var_56;
        wp::int32 var_57;
        const wp::int32 var_58 = 2;
        wp::int32 var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::float32 var_62;
        wp::float32* var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        const wp::int32 var_67 = 2;
        const wp::int32 var_68 = 1;
        wp::int32 var_69;
        const wp::int32 var_70 = 1;
        wp::int32 var_71;
        wp::int32 var_72;
        const wp::int32 var_73 = 0;
        const wp::int32 var_74 = 1;
        wp::int32 var_75;
        wp::int32 var_76;
        wp::int32 var_77;
        const wp::int32 var_78 = 0;
        const wp::int32 var_79 = 1;
        wp::int32 var_80;
        wp::int32 var_81;
        const wp::int32 var_82 = 2;
        wp::int32 var_83;
        wp::int32 var_84;
        const wp::int32 var_85 = 2;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        wp::float32 var_89;
        wp::float32* var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        const wp::int32 var_94 = 1;
        const wp::int32 var_95 = 0;
        const wp::int32 var_96 = 1;
        wp::int32 var_97;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        const wp::int32 var_101 = 0;
        const wp::int32 var_102 = 1;
        wp::int32 var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        const wp::int32 var_106 = 0;
        const wp::int32 var_107 = 1;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 2;
        wp::int32 var_111;
        wp::int32 var_112;
        const wp::int32 var_113 = 2;
        wp::int32 var_114;
        wp::int32 var_115;
        wp::int32 var_116;
        wp::float32 var_117;
        wp::float32* var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 1;
        const wp::int32 var_123 = 1;
        wp::int32 var_124;
        const wp::int32 var_125 = 1;
        wp::int32 var_126;
        wp::int32 var_127;
        const wp::int32 var_128 = 0;
        const wp::int32 var_129 = 1;
        wp::int32 var_130;
        wp::int32 var_131;
        wp::int32 var_132;
        const wp::int32 var_133 = 0;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        wp::int32 var_136;
        const wp::int32 var_137 = 2;
        wp::int32 var_138;
        wp::int32 var_139;
        const wp::int32 var_140 = 2;
        wp::int32 var_141;
        wp::int32 var_142;
        wp::int32 var_143;
        wp::float32 var_144;
        wp::float32* var_145;
        wp::float32 var_146;
        wp::float32 var_147;
        wp::float32 var_148;
        const wp::int32 var_149 = 2;
        const wp::int32 var_150 = 1;
        wp::int32 var_151;
        const wp::int32 var_152 = 1;
        wp::int32 var_153;
        wp::int32 var_154;
        const wp::int32 var_155 = 0;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        wp::int32 var_158;
        wp::int32 var_159;
        const wp::int32 var_160 = 0;
        const wp::int32 var_161 = 1;
        wp::int32 var_162;
        wp::int32 var_163;
        const wp::int32 var_164 = 2;
        wp::int32 var_165;
        wp::int32 var_166;
        const wp::int32 var_167 = 2;
        wp::int32 var_168;
        wp::int32 var_169;
        wp::int32 var_170;
        wp::float32 var_171;
        wp::float32* var_172;
        wp::float32 var_173;
        wp::float32 var_174;
        wp::float32 var_175;
        const wp::int32 var_176 = 2;
        const wp::int32 var_177 = 0;
        const wp::int32 var_178 = 1;
        wp::int32 var_179;
        const wp::int32 var_180 = 1;
        wp::int32 var_181;
        wp::int32 var_182;
        const wp::int32 var_183 = 0;
        const wp::int32 var_184 = 1;
        wp::int32 var_185;
        wp::int32 var_186;
        wp::int32 var_187;
        const wp::int32 var_188 = 0;
        const wp::int32 var_189 = 1;
        wp::int32 var_190;
        wp::int32 var_191;
        const wp::int32 var_192 = 2;
        wp::int32 var_193;
        wp::int32 var_194;
        const wp::int32 var_195 = 2;
        wp::int32 var_196;
        wp::int32 var_197;
        wp::int32 var_198;
        wp::float32 var_199;
        wp::float32* var_200;
        wp::float32 var_201;
        wp::float32 var_202;
        wp::float32 var_203;
        const wp::int32 var_204 = 1;
        const wp::int32 var_205 = 1;
        wp::int32 var_206;
        const wp::int32 var_207 = 1;
        wp::int32 var_208;
        wp::int32 var_209;
        const wp::int32 var_210 = 0;
        const wp::int32 var_211 = 1;
        wp::int32 var_212;
        wp::int32 var_213;
        wp::int32 var_214;
        const wp::int32 var_215 = 0;
        const wp::int32 var_216 = 1;
        wp::int32 var_217;
        wp::int32 var_218;
        const wp::int32 var_219 = 2;
        wp::int32 var_220;
        wp::int32 var_221;
        const wp::int32 var_222 = 2;
        wp::int32 var_223;
        wp::int32 var_224;
        wp::int32 var_225;
        wp::float32 var_226;
        wp::float32* var_227;
        wp::float32 var_228;
        wp::float32 var_229;
        wp::float32 var_230;
        const wp::int32 var_231 = 2;
        const wp::int32 var_232 = 1;
        wp::int32 var_233;
        const wp::int32 var_234 = 1;
        wp::int32 var_235;
        wp::int32 var_236;
        const wp::int32 var_237 = 0;
        const wp::int32 var_238 = 1;
        wp::int32 var_239;
        wp::int32 var_240;
        wp::int32 var_241;
        const wp::int32 var_242 = 0;
        const wp::int32 var_243 = 1;
        wp::int32 var_244;
        wp::int32 var_245;
        const wp::int32 var_246 = 2;
        wp::int32 var_247;
        wp::int32 var_248;
        const wp::int32 var_249 = 2;
        wp::int32 var_250;
        wp::int32 var_251;
        wp::int32 var_252;
        wp::float32 var_253;
        wp::float32* var_254;
        wp::float32 var_255;
        wp::float32 var_256;
        wp::float32 var_257;
        const wp::float32 var_258 = 0.0625;
        wp::float32 var_259;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::int32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::float32 adj_144 = {};
        wp::float32 adj_145 = {};
        wp::float32 adj_146 = {};
        wp::float32 adj_147 = {};
        wp::float32 adj_148 = {};
        wp::int32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::int32 adj_153 = {};
        wp::int32 adj_154 = {};
        wp::int32 adj_155 = {};
        wp::int32 adj_156 = {};
        wp::int32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::int32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::int32 adj_161 = {};
        wp::int32 adj_162 = {};
        wp::int32 adj_163 = {};
        wp::int32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::float32 adj_171 = {};
        wp::float32 adj_172 = {};
        wp::float32 adj_173 = {};
        wp::float32 adj_174 = {};
        wp::float32 adj_175 = {};
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        wp::int32 adj_179 = {};
        wp::int32 adj_180 = {};
        wp::int32 adj_181 = {};
        wp::int32 adj_182 = {};
        wp::int32 adj_183 = {};
        wp::int32 adj_184 = {};
        wp::int32 adj_185 = {};
        wp::int32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::int32 adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::int32 adj_192 = {};
        wp::int32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::int32 adj_195 = {};
        wp::int32 adj_196 = {};
        wp::int32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::float32 adj_199 = {};
        wp::float32 adj_200 = {};
        wp::float32 adj_201 = {};
        wp::float32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::int32 adj_204 = {};
        wp::int32 adj_205 = {};
        wp::int32 adj_206 = {};
        wp::int32 adj_207 = {};
        wp::int32 adj_208 = {};
        wp::int32 adj_209 = {};
        wp::int32 adj_210 = {};
        wp::int32 adj_211 = {};
        wp::int32 adj_212 = {};
        wp::int32 adj_213 = {};
        wp::int32 adj_214 = {};
        wp::int32 adj_215 = {};
        wp::int32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::int32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::int32 adj_220 = {};
        wp::int32 adj_221 = {};
        wp::int32 adj_222 = {};
        wp::int32 adj_223 = {};
        wp::int32 adj_224 = {};
        wp::int32 adj_225 = {};
        wp::float32 adj_226 = {};
        wp::float32 adj_227 = {};
        wp::float32 adj_228 = {};
        wp::float32 adj_229 = {};
        wp::float32 adj_230 = {};
        wp::int32 adj_231 = {};
        wp::int32 adj_232 = {};
        wp::int32 adj_233 = {};
        wp::int32 adj_234 = {};
        wp::int32 adj_235 = {};
        wp::int32 adj_236 = {};
        wp::int32 adj_237 = {};
        wp::int32 adj_238 = {};
        wp::int32 adj_239 = {};
        wp::int32 adj_240 = {};
        wp::int32 adj_241 = {};
        wp::int32 adj_242 = {};
        wp::int32 adj_243 = {};
        wp::int32 adj_244 = {};
        wp::int32 adj_245 = {};
        wp::int32 adj_246 = {};
        wp::int32 adj_247 = {};
        wp::int32 adj_248 = {};
        wp::int32 adj_249 = {};
        wp::int32 adj_250 = {};
        wp::int32 adj_251 = {};
        wp::int32 adj_252 = {};
        wp::float32 adj_253 = {};
        wp::float32 adj_254 = {};
        wp::float32 adj_255 = {};
        wp::float32 adj_256 = {};
        wp::float32 adj_257 = {};
        wp::float32 adj_258 = {};
        wp::float32 adj_259 = {};
        //---------
        // forward
        // def diffuse_dye(density: wp.array2d[float], density_out: wp.array2d[float]):           <L 40>
        // i, j = wp.tid()                                                                        <L 41>
        builtin_tid2d(var_0, var_1);
        // width = density.shape[0]                                                               <L 42>
        var_2 = &(var_density.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = density.shape[1]                                                              <L 43>
        var_6 = &(var_density.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // total = float(0.0)                                                                     <L 44>
        var_11 = wp::float(var_10);
        // for a in range(3):                                                                     <L 45>
        // for b in range(3):                                                                     <L 46>
        // di = a - 1                                                                             <L 47>
        var_15 = wp::sub(var_12, var_14);
        // dj = b - 1                                                                             <L 48>
        var_17 = wp::sub(var_13, var_16);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_18 = wp::add(var_0, var_15);
        var_21 = wp::sub(var_4, var_20);
        var_22 = wp::clamp(var_18, var_19, var_21);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_23 = wp::add(var_1, var_17);
        var_26 = wp::sub(var_8, var_25);
        var_27 = wp::clamp(var_23, var_24, var_26);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_29 = wp::abs(var_15);
        var_30 = wp::sub(var_28, var_29);
        var_32 = wp::abs(var_17);
        var_33 = wp::sub(var_31, var_32);
        var_34 = wp::mul(var_30, var_33);
        var_35 = wp::float(var_34);
        // total += w * density[x, y]                                                             <L 52>
        var_36 = wp::address(var_density, var_22, var_27);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_35, var_38);
        var_39 = wp::add(var_11, var_37);
        // di = a - 1                                                                             <L 47>
        var_42 = wp::sub(var_12, var_41);
        // dj = b - 1                                                                             <L 48>
        var_44 = wp::sub(var_40, var_43);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_45 = wp::add(var_0, var_42);
        var_48 = wp::sub(var_4, var_47);
        var_49 = wp::clamp(var_45, var_46, var_48);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_50 = wp::add(var_1, var_44);
        var_53 = wp::sub(var_8, var_52);
        var_54 = wp::clamp(var_50, var_51, var_53);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_56 = wp::abs(var_42);
        var_57 = wp::sub(var_55, var_56);
        var_59 = wp::abs(var_44);
        var_60 = wp::sub(var_58, var_59);
        var_61 = wp::mul(var_57, var_60);
        var_62 = wp::float(var_61);
        // total += w * density[x, y]                                                             <L 52>
        var_63 = wp::address(var_density, var_49, var_54);
        var_65 = wp::load(var_63);
        var_64 = wp::mul(var_62, var_65);
        var_66 = wp::add(var_39, var_64);
        // di = a - 1                                                                             <L 47>
        var_69 = wp::sub(var_12, var_68);
        // dj = b - 1                                                                             <L 48>
        var_71 = wp::sub(var_67, var_70);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_72 = wp::add(var_0, var_69);
        var_75 = wp::sub(var_4, var_74);
        var_76 = wp::clamp(var_72, var_73, var_75);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_77 = wp::add(var_1, var_71);
        var_80 = wp::sub(var_8, var_79);
        var_81 = wp::clamp(var_77, var_78, var_80);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_83 = wp::abs(var_69);
        var_84 = wp::sub(var_82, var_83);
        var_86 = wp::abs(var_71);
        var_87 = wp::sub(var_85, var_86);
        var_88 = wp::mul(var_84, var_87);
        var_89 = wp::float(var_88);
        // total += w * density[x, y]                                                             <L 52>
        var_90 = wp::address(var_density, var_76, var_81);
        var_92 = wp::load(var_90);
        var_91 = wp::mul(var_89, var_92);
        var_93 = wp::add(var_66, var_91);
        // for b in range(3):                                                                     <L 46>
        // di = a - 1                                                                             <L 47>
        var_97 = wp::sub(var_94, var_96);
        // dj = b - 1                                                                             <L 48>
        var_99 = wp::sub(var_95, var_98);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_100 = wp::add(var_0, var_97);
        var_103 = wp::sub(var_4, var_102);
        var_104 = wp::clamp(var_100, var_101, var_103);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_105 = wp::add(var_1, var_99);
        var_108 = wp::sub(var_8, var_107);
        var_109 = wp::clamp(var_105, var_106, var_108);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_111 = wp::abs(var_97);
        var_112 = wp::sub(var_110, var_111);
        var_114 = wp::abs(var_99);
        var_115 = wp::sub(var_113, var_114);
        var_116 = wp::mul(var_112, var_115);
        var_117 = wp::float(var_116);
        // total += w * density[x, y]                                                             <L 52>
        var_118 = wp::address(var_density, var_104, var_109);
        var_120 = wp::load(var_118);
        var_119 = wp::mul(var_117, var_120);
        var_121 = wp::add(var_93, var_119);
        // di = a - 1                                                                             <L 47>
        var_124 = wp::sub(var_94, var_123);
        // dj = b - 1                                                                             <L 48>
        var_126 = wp::sub(var_122, var_125);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_127 = wp::add(var_0, var_124);
        var_130 = wp::sub(var_4, var_129);
        var_131 = wp::clamp(var_127, var_128, var_130);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_132 = wp::add(var_1, var_126);
        var_135 = wp::sub(var_8, var_134);
        var_136 = wp::clamp(var_132, var_133, var_135);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_138 = wp::abs(var_124);
        var_139 = wp::sub(var_137, var_138);
        var_141 = wp::abs(var_126);
        var_142 = wp::sub(var_140, var_141);
        var_143 = wp::mul(var_139, var_142);
        var_144 = wp::float(var_143);
        // total += w * density[x, y]                                                             <L 52>
        var_145 = wp::address(var_density, var_131, var_136);
        var_147 = wp::load(var_145);
        var_146 = wp::mul(var_144, var_147);
        var_148 = wp::add(var_121, var_146);
        // di = a - 1                                                                             <L 47>
        var_151 = wp::sub(var_94, var_150);
        // dj = b - 1                                                                             <L 48>
        var_153 = wp::sub(var_149, var_152);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_154 = wp::add(var_0, var_151);
        var_157 = wp::sub(var_4, var_156);
        var_158 = wp::clamp(var_154, var_155, var_157);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_159 = wp::add(var_1, var_153);
        var_162 = wp::sub(var_8, var_161);
        var_163 = wp::clamp(var_159, var_160, var_162);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_165 = wp::abs(var_151);
        var_166 = wp::sub(var_164, var_165);
        var_168 = wp::abs(var_153);
        var_169 = wp::sub(var_167, var_168);
        var_170 = wp::mul(var_166, var_169);
        var_171 = wp::float(var_170);
        // total += w * density[x, y]                                                             <L 52>
        var_172 = wp::address(var_density, var_158, var_163);
        var_174 = wp::load(var_172);
        var_173 = wp::mul(var_171, var_174);
        var_175 = wp::add(var_148, var_173);
        // for b in range(3):                                                                     <L 46>
        // di = a - 1                                                                             <L 47>
        var_179 = wp::sub(var_176, var_178);
        // dj = b - 1                                                                             <L 48>
        var_181 = wp::sub(var_177, var_180);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_182 = wp::add(var_0, var_179);
        var_185 = wp::sub(var_4, var_184);
        var_186 = wp::clamp(var_182, var_183, var_185);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_187 = wp::add(var_1, var_181);
        var_190 = wp::sub(var_8, var_189);
        var_191 = wp::clamp(var_187, var_188, var_190);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_193 = wp::abs(var_179);
        var_194 = wp::sub(var_192, var_193);
        var_196 = wp::abs(var_181);
        var_197 = wp::sub(var_195, var_196);
        var_198 = wp::mul(var_194, var_197);
        var_199 = wp::float(var_198);
        // total += w * density[x, y]                                                             <L 52>
        var_200 = wp::address(var_density, var_186, var_191);
        var_202 = wp::load(var_200);
        var_201 = wp::mul(var_199, var_202);
        var_203 = wp::add(var_175, var_201);
        // di = a - 1                                                                             <L 47>
        var_206 = wp::sub(var_176, var_205);
        // dj = b - 1                                                                             <L 48>
        var_208 = wp::sub(var_204, var_207);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_209 = wp::add(var_0, var_206);
        var_212 = wp::sub(var_4, var_211);
        var_213 = wp::clamp(var_209, var_210, var_212);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_214 = wp::add(var_1, var_208);
        var_217 = wp::sub(var_8, var_216);
        var_218 = wp::clamp(var_214, var_215, var_217);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_220 = wp::abs(var_206);
        var_221 = wp::sub(var_219, var_220);
        var_223 = wp::abs(var_208);
        var_224 = wp::sub(var_222, var_223);
        var_225 = wp::mul(var_221, var_224);
        var_226 = wp::float(var_225);
        // total += w * density[x, y]                                                             <L 52>
        var_227 = wp::address(var_density, var_213, var_218);
        var_229 = wp::load(var_227);
        var_228 = wp::mul(var_226, var_229);
        var_230 = wp::add(var_203, var_228);
        // di = a - 1                                                                             <L 47>
        var_233 = wp::sub(var_176, var_232);
        // dj = b - 1                                                                             <L 48>
        var_235 = wp::sub(var_231, var_234);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 49>
        var_236 = wp::add(var_0, var_233);
        var_239 = wp::sub(var_4, var_238);
        var_240 = wp::clamp(var_236, var_237, var_239);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 50>
        var_241 = wp::add(var_1, var_235);
        var_244 = wp::sub(var_8, var_243);
        var_245 = wp::clamp(var_241, var_242, var_244);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 51>
        var_247 = wp::abs(var_233);
        var_248 = wp::sub(var_246, var_247);
        var_250 = wp::abs(var_235);
        var_251 = wp::sub(var_249, var_250);
        var_252 = wp::mul(var_248, var_251);
        var_253 = wp::float(var_252);
        // total += w * density[x, y]                                                             <L 52>
        var_254 = wp::address(var_density, var_240, var_245);
        var_256 = wp::load(var_254);
        var_255 = wp::mul(var_253, var_256);
        var_257 = wp::add(var_230, var_255);
        // mean = total * wp.static(1.0 / 16.0)                                                   <L 53>
        var_259 = wp::mul(var_257, var_258);
        // density_out[i, j] = mean                                                               <L 54>
        // wp::array_store(var_density_out, var_0, var_1, var_259);
        //---------
        // reverse
        wp::adj_array_store(var_density_out, var_0, var_1, var_259, adj_density_out, adj_0, adj_1, adj_259);
        // adj: density_out[i, j] = mean                                                          <L 54>
        wp::adj_mul(var_257, var_258, adj_257, adj_258, adj_259);
        // adj: mean = total * wp.static(1.0 / 16.0)                                              <L 53>
        wp::adj_add(var_230, var_255, adj_230, adj_255, adj_257);
        wp::adj_mul(var_253, var_256, adj_253, adj_254, adj_255);
        wp::adj_address(var_density, var_240, var_245, adj_density, adj_240, adj_245, adj_254);
        // adj: total += w * density[x, y]                                                        <L 52>
        wp::adj_float(var_252, adj_252, adj_253);
        wp::adj_mul(var_248, var_251, adj_248, adj_251, adj_252);
        wp::adj_sub(var_249, var_250, adj_249, adj_250, adj_251);
        wp::adj_abs(var_235, adj_235, adj_250);
        wp::adj_sub(var_246, var_247, adj_246, adj_247, adj_248);
        wp::adj_abs(var_233, adj_233, adj_247);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 51>
        wp::adj_clamp(var_241, var_242, var_244, adj_241, adj_242, adj_244, adj_245);
        wp::adj_sub(var_8, var_243, adj_8, adj_243, adj_244);
        wp::adj_add(var_1, var_235, adj_1, adj_235, adj_241);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 50>
        wp::adj_clamp(var_236, var_237, var_239, adj_236, adj_237, adj_239, adj_240);
        wp::adj_sub(var_4, var_238, adj_4, adj_238, adj_239);
        wp::adj_add(var_0, var_233, adj_0, adj_233, adj_236);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 49>
        wp::adj_sub(var_231, var_234, adj_231, adj_234, adj_235);
        // adj: dj = b - 1                                                                        <L 48>
        wp::adj_sub(var_176, var_232, adj_176, adj_232, adj_233);
        // adj: di = a - 1                                                                        <L 47>
        wp::adj_add(var_203, var_228, adj_203, adj_228, adj_230);
        wp::adj_mul(var_226, var_229, adj_226, adj_227, adj_228);
        wp::adj_address(var_density, var_213, var_218, adj_density, adj_213, adj_218, adj_227);
        // adj: total += w * density[x, y]                                                        <L 52>
        wp::adj_float(var_225, adj_225, adj_226);
        wp::adj_mul(var_221, var_224, adj_221, adj_224, adj_225);
        wp::adj_sub(var_222, var_223, adj_222, adj_223, adj_224);
        wp::adj_abs(var_208, adj_208, adj_223);
        wp::adj_sub(var_219, var_220, adj_219, adj_220, adj_221);
        wp::adj_abs(var_206, adj_206, adj_220);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 51>
        wp::adj_clamp(var_214, var_215, var_217, adj_214, adj_215, adj_217, adj_218);
        wp::adj_sub(var_8, var_216, adj_8, adj_216, adj_217);
        wp::adj_add(var_1, var_208, adj_1, adj_208, adj_214);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 50>
        wp::adj_clamp(var_209, var_210, var_212, adj_209, adj_210, adj_212, adj_213);
        wp::adj_sub(var_4, var_211, adj_4, adj_211, adj_212);
        wp::adj_add(var_0, var_206, adj_0, adj_206, adj_209);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 49>
        wp::adj_sub(var_204, var_207, adj_204, adj_207, adj_208);
        // adj: dj = b - 1                                                                        <L 48>
        wp::adj_sub(var_176, var_205, adj_176, adj_205, adj_206);
        // adj: di = a - 1                                                                        <L 47>
        wp::adj_add(var_175, var_201, adj_175, adj_201, adj_203);
        wp::adj_mul(var_199, var_202, adj_199, adj_200, adj_201);
        wp::adj_address(var_density, var_186, var_191, adj_density, adj_186, adj_191, adj_200);
        // adj: total += w * density[x, y]                                                        <L 52>
        wp::adj_float(var_198, adj_198, adj_199);
        wp::adj_mul(var_194, var_197, adj_194, adj_197, adj_198);
        wp::adj_sub(var_195, var_196, adj_195, adj_196, adj_197);
        wp::adj_abs(var_181, adj_181, adj_196);
        wp::adj_sub(var_192, var_193, adj_192, adj_193, adj_194);
        wp::adj_abs(var_179, adj_179, adj_193);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 51>
        wp::adj_clamp(var_187, var_188, var_190, adj_187, adj_188, adj_190, adj_191);
        wp::adj_sub(var_8, var_189, adj_8, adj_189, adj_190);
        wp::adj_add(var_1, var_181, adj_1, adj_181, adj_187);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 50>
        wp::adj_clamp(var_182, var_183, var_185, adj_182, adj_183, adj_185, adj_186);
        wp::adj_sub(var_4, var_184, adj_4, adj_184, adj_185);
        wp::adj_add(var_0, var_179, adj_0, adj_179, adj_182);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 49>
        wp::adj_sub(var_177, var_180, adj_177, adj_180, adj_181);
        // adj: dj = b - 1                                                                        <L 48>
        wp::adj_sub(var_176, var_178, adj_176, adj_178, adj_179);
        // adj: di = a - 1                                                                        <L 47>
        // adj: for b in range(3):                                                                <L 46>
        wp::adj_add(var_148, var_173, adj_148, adj_173, adj_175);
        wp::adj_mul(var_171, var_174, adj_171, adj_172, adj_173);
        wp::adj_address(var_density, var_158, var_163, adj_density, adj_158, adj_163, adj_172);
        // adj: total += w * density[x, y]                                                        <L 52>
        wp::adj_float(var_170, adj_170, adj_171);
        wp::adj_mul(var_166, var_169, adj_166, adj_169, adj_170);
        wp::adj_sub(var_167, var_168, adj_167, adj_168, adj_169);
        wp::adj_abs(var_153, adj_153, adj_168);
        wp::adj_sub(var_164, var_165, adj_164, adj_165, adj_166);
        wp::adj_abs(var_151, adj_151, adj_165);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 51>
        wp::adj_clamp(var_159, var_160, var_162, adj_159, adj_160, adj_162, adj_163);
        wp::adj_sub(var_8, var_161, adj_8, adj_161, adj_162);
        wp::adj_add(var_1, var_153, adj_1, adj_153, adj_159);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 50>
        wp::adj_clamp(var_154, var_155, var_157, adj_154, adj_155, adj_157, adj_158);
        wp::adj_sub(var_4, var_156, adj_4, adj_156, adj_157);
        wp::adj_add(var_0, var_151, adj_0, adj_151, adj_154);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 49>
        wp::adj_sub(var_149, var_152, adj_149, adj_152, adj_153);
        // adj: dj = b - 1                                                                        <L 48>
        wp::adj_sub(var_94, var_150, adj_94, adj_150, adj_151);
        // adj: di = a - 1                                                                        <L 47>
        wp::adj_add(var_121, var_146, adj_121, adj_146, adj_148);
        wp::adj_mul(var_144, var_147, adj_144, adj_145, adj_146);
        wp::adj_address(var_density, var_131, var_136, adj_density, adj_131, adj_136, adj_145);
        // adj: total += w * density[x, y]                                                        <L 52>
        wp::adj_float(var_143, adj_143, adj_144);
        wp::adj_mul(var_139, var_142, adj_139, adj_142, adj_143);
        wp::adj_sub(var_140, var_141, adj_140, adj_141, adj_142);
        wp::adj_abs(var_126, adj_126, adj_141);
        wp::adj_sub(var_137, var_138, adj_137, adj_138, adj_139);
        wp::adj_abs(var_124, adj_124, adj_138);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 51>
        wp::adj_clamp(var_132, var_133, var_135, adj_132, adj_133, adj_135, adj_136);
        wp::adj_sub(var_8, var_134, adj_8, adj_134, adj_135);
        wp::adj_add(var_1, var_126, adj_1, adj_126, adj_132);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 50>
        wp::adj_clamp(var_127, var_128, var_130, adj_127, adj_128, adj_130, adj_131);
        wp::adj_sub(var_4, var_129, adj_4, adj_129, adj_130);
        wp::adj_add(var_0, var_124, adj_0, adj_124, adj_127);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 49>
        wp::adj_sub(var_122, var_125, adj_122, adj_125, adj_126);
        // adj: dj = b - 1                                                                        <L 48>
        wp::adj_sub(var_94, var_123, adj_94, adj_123, adj_124);
        // adj: di = a - 1                                                                        <L 47>
        wp::adj_add(var_93, var_119, adj_93, adj_119, adj_121);
        wp::adj_mul(var_117, var_120, adj_117, adj_118, adj_119);
        wp::adj_address(var_density, var_104, var_109, adj_density, adj_104, adj_109, adj_118);
        // adj: total += w * density[x, y]                                                        <L 52>
        wp::adj_float(var_116, adj_116, adj_117);
        wp::adj_mul(var_112, var_115, adj_112, adj_115, adj_116);
        wp::adj_sub(var_113, var_114, adj_113, adj_114, adj_115);
        wp::adj_abs(var_99, adj_99, adj_114);
        wp::adj_sub(var_110, var_111, adj_110, adj_111, adj_112);
        wp::adj_abs(var_97, adj_97, adj_111);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 51>
        wp::adj_clamp(var_105, var_106, var_108, adj_105, adj_106, adj_108, adj_109);
        wp::adj_sub(var_8, var_107, adj_8, adj_107, adj_108);
        wp::adj_add(var_1, var_99, adj_1, adj_99, adj_105);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 50>
        wp::adj_clamp(var_100, var_101, var_103, adj_100, adj_101, adj_103, adj_104);
        wp::adj_sub(var_4, var_102, adj_4, adj_102, adj_103);
        wp::adj_add(var_0, var_97, adj_0, adj_97, adj_100);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 49>
        wp::adj_sub(var_95, var_98, adj_95, adj_98, adj_99);
        // adj: dj = b - 1                                                                        <L 48>
        wp::adj_sub(var_94, var_96, adj_94, adj_96, adj_97);
        // adj: di = a - 1                                                                        <L 47>
        // adj: for b in range(3):                                                                <L 46>
        wp::adj_add(var_66, var_91, adj_66, adj_91, adj_93);
        wp::adj_mul(var_89, var_92, adj_89, adj_90, adj_91);
        wp::adj_address(var_density, var_76, var_81, adj_density, adj_76, adj_81, adj_90);
        // adj: total += w * density[x, y]                                                        <L 52>
        wp::adj_float(var_88, adj_88, adj_89);
        wp::adj_mul(var_84, var_87, adj_84, adj_87, adj_88);
        wp::adj_sub(var_85, var_86, adj_85, adj_86, adj_87);
        wp::adj_abs(var_71, adj_71, adj_86);
        wp::adj_sub(var_82, var_83, adj_82, adj_83, adj_84);
        wp::adj_abs(var_69, adj_69, adj_83);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 51>
        wp::adj_clamp(var_77, var_78, var_80, adj_77, adj_78, adj_80, adj_81);
        wp::adj_sub(var_8, var_79, adj_8, adj_79, adj_80);
        wp::adj_add(var_1, var_71, adj_1, adj_71, adj_77);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 50>
        wp::adj_clamp(var_72, var_73, var_75, adj_72, adj_73, adj_75, adj_76);
        wp::adj_sub(var_4, var_74, adj_4, adj_74, adj_75);
        wp::adj_add(var_0, var_69, adj_0, adj_69, adj_72);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 49>
        wp::adj_sub(var_67, var_70, adj_67, adj_70, adj_71);
        // adj: dj = b - 1                                                                        <L 48>
        wp::adj_sub(var_12, var_68, adj_12, adj_68, adj_69);
        // adj: di = a - 1                                                                        <L 47>
        wp::adj_add(var_39, var_64, adj_39, adj_64, adj_66);
        wp::adj_mul(var_62, var_65, adj_62, adj_63, adj_64);
        wp::adj_address(var_density, var_49, var_54, adj_density, adj_49, adj_54, adj_63);
        // adj: total += w * density[x, y]                                                        <L 52>
        wp::adj_float(var_61, adj_61, adj_62);
        wp::adj_mul(var_57, var_60, adj_57, adj_60, adj_61);
        wp::adj_sub(var_58, var_59, adj_58, adj_59, adj_60);
        wp::adj_abs(var_44, adj_44, adj_59);
        wp::adj_sub(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_abs(var_42, adj_42, adj_56);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 51>
        wp::adj_clamp(var_50, var_51, var_53, adj_50, adj_51, adj_53, adj_54);
        wp::adj_sub(var_8, var_52, adj_8, adj_52, adj_53);
        wp::adj_add(var_1, var_44, adj_1, adj_44, adj_50);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 50>
        wp::adj_clamp(var_45, var_46, var_48, adj_45, adj_46, adj_48, adj_49);
        wp::adj_sub(var_4, var_47, adj_4, adj_47, adj_48);
        wp::adj_add(var_0, var_42, adj_0, adj_42, adj_45);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 49>
        wp::adj_sub(var_40, var_43, adj_40, adj_43, adj_44);
        // adj: dj = b - 1                                                                        <L 48>
        wp::adj_sub(var_12, var_41, adj_12, adj_41, adj_42);
        // adj: di = a - 1                                                                        <L 47>
        wp::adj_add(var_11, var_37, adj_11, adj_37, adj_39);
        wp::adj_mul(var_35, var_38, adj_35, adj_36, adj_37);
        wp::adj_address(var_density, var_22, var_27, adj_density, adj_22, adj_27, adj_36);
        // adj: total += w * density[x, y]                                                        <L 52>
        wp::adj_float(var_34, adj_34, adj_35);
        wp::adj_mul(var_30, var_33, adj_30, adj_33, adj_34);
        wp::adj_sub(var_31, var_32, adj_31, adj_32, adj_33);
        wp::adj_abs(var_17, adj_17, adj_32);
        wp::adj_sub(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_abs(var_15, adj_15, adj_29);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 51>
        wp::adj_clamp(var_23, var_24, var_26, adj_23, adj_24, adj_26, adj_27);
        wp::adj_sub(var_8, var_25, adj_8, adj_25, adj_26);
        wp::adj_add(var_1, var_17, adj_1, adj_17, adj_23);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 50>
        wp::adj_clamp(var_18, var_19, var_21, adj_18, adj_19, adj_21, adj_22);
        wp::adj_sub(var_4, var_20, adj_4, adj_20, adj_21);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_18);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 49>
        wp::adj_sub(var_13, var_16, adj_13, adj_16, adj_17);
        // adj: dj = b - 1                                                                        <L 48>
        wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
        // adj: di = a - 1                                                                        <L 47>
        // adj: for b in range(3):                                                                <L 46>
        // adj: for a in range(3):                                                                <L 45>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: total = float(0.0)                                                                <L 44>
        adj_density.shape = adj_6;
        // adj: height = density.shape[1]                                                         <L 43>
        adj_density.shape = adj_2;
        // adj: width = density.shape[0]                                                          <L 42>
        // adj: i, j = wp.tid()                                                                   <L 41>
        // adj: def diffuse_dye(density: wp.array2d[float], density_out: wp.array2d[float]):      <L 40>
        continue;
    }
}



extern "C" __global__ void create_diffuse_kernel__locals__diffuse_d5d807c3_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_heat,
    wp::float32 var_diffusivity,
    wp::float32 var_delta_time,
    wp::float32 var_dx,
    wp::array_t<wp::float32> var_temperature_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const bool var_10 = true;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 4.0;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        //---------
        // forward
        // def diffuse(                                                                           <L 9>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // nx = heat.shape[0]                                                                     <L 17>
        var_2 = &(var_heat.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = heat.shape[1]                                                                     <L 18>
        var_6 = &(var_heat.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if wp.static(periodic):                                                                <L 19>
        // il = (i - 1 + nx) % nx                                                                 <L 20>
        var_12 = wp::sub(var_0, var_11);
        var_13 = wp::add(var_12, var_4);
        var_14 = wp::mod(var_13, var_4);
        // ir = (i + 1) % nx                                                                      <L 21>
        var_16 = wp::add(var_0, var_15);
        var_17 = wp::mod(var_16, var_4);
        // jd = (j - 1 + ny) % ny                                                                 <L 22>
        var_19 = wp::sub(var_1, var_18);
        var_20 = wp::add(var_19, var_8);
        var_21 = wp::mod(var_20, var_8);
        // ju = (j + 1) % ny                                                                      <L 23>
        var_23 = wp::add(var_1, var_22);
        var_24 = wp::mod(var_23, var_8);
        // center = heat[i, j]                                                                    <L 29>
        var_25 = wp::address(var_heat, var_0, var_1);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // lap = (heat[il, j] + heat[ir, j] + heat[i, jd] + heat[i, ju] - 4.0 * center) / (dx * dx)       <L 30>
        var_28 = wp::address(var_heat, var_14, var_1);
        var_29 = wp::address(var_heat, var_17, var_1);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::add(var_31, var_32);
        var_33 = wp::address(var_heat, var_0, var_21);
        var_35 = wp::load(var_33);
        var_34 = wp::add(var_30, var_35);
        var_36 = wp::address(var_heat, var_0, var_24);
        var_38 = wp::load(var_36);
        var_37 = wp::add(var_34, var_38);
        var_40 = wp::mul(var_39, var_26);
        var_41 = wp::sub(var_37, var_40);
        var_42 = wp::mul(var_dx, var_dx);
        var_43 = wp::div(var_41, var_42);
        // value = center + delta_time * diffusivity * lap                                        <L 31>
        var_44 = wp::mul(var_delta_time, var_diffusivity);
        var_45 = wp::mul(var_44, var_43);
        var_46 = wp::add(var_26, var_45);
        // temperature_out[i, j] = value                                                          <L 32>
        wp::array_store(var_temperature_out, var_0, var_1, var_46);
    }
}



extern "C" __global__ void create_diffuse_kernel__locals__diffuse_d5d807c3_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_heat,
    wp::float32 var_diffusivity,
    wp::float32 var_delta_time,
    wp::float32 var_dx,
    wp::array_t<wp::float32> var_temperature_out,
    wp::array_t<wp::float32> adj_heat,
    wp::float32 adj_diffusivity,
    wp::float32 adj_delta_time,
    wp::float32 adj_dx,
    wp::array_t<wp::float32> adj_temperature_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const bool var_10 = true;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 4.0;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        //---------
        // forward
        // def diffuse(                                                                           <L 9>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // nx = heat.shape[0]                                                                     <L 17>
        var_2 = &(var_heat.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = heat.shape[1]                                                                     <L 18>
        var_6 = &(var_heat.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if wp.static(periodic):                                                                <L 19>
        // il = (i - 1 + nx) % nx                                                                 <L 20>
        var_12 = wp::sub(var_0, var_11);
        var_13 = wp::add(var_12, var_4);
        var_14 = wp::mod(var_13, var_4);
        // ir = (i + 1) % nx                                                                      <L 21>
        var_16 = wp::add(var_0, var_15);
        var_17 = wp::mod(var_16, var_4);
        // jd = (j - 1 + ny) % ny                                                                 <L 22>
        var_19 = wp::sub(var_1, var_18);
        var_20 = wp::add(var_19, var_8);
        var_21 = wp::mod(var_20, var_8);
        // ju = (j + 1) % ny                                                                      <L 23>
        var_23 = wp::add(var_1, var_22);
        var_24 = wp::mod(var_23, var_8);
        // center = heat[i, j]                                                                    <L 29>
        var_25 = wp::address(var_heat, var_0, var_1);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // lap = (heat[il, j] + heat[ir, j] + heat[i, jd] + heat[i, ju] - 4.0 * center) / (dx * dx)       <L 30>
        var_28 = wp::address(var_heat, var_14, var_1);
        var_29 = wp::address(var_heat, var_17, var_1);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::add(var_31, var_32);
        var_33 = wp::address(var_heat, var_0, var_21);
        var_35 = wp::load(var_33);
        var_34 = wp::add(var_30, var_35);
        var_36 = wp::address(var_heat, var_0, var_24);
        var_38 = wp::load(var_36);
        var_37 = wp::add(var_34, var_38);
        var_40 = wp::mul(var_39, var_26);
        var_41 = wp::sub(var_37, var_40);
        var_42 = wp::mul(var_dx, var_dx);
        var_43 = wp::div(var_41, var_42);
        // value = center + delta_time * diffusivity * lap                                        <L 31>
        var_44 = wp::mul(var_delta_time, var_diffusivity);
        var_45 = wp::mul(var_44, var_43);
        var_46 = wp::add(var_26, var_45);
        // temperature_out[i, j] = value                                                          <L 32>
        // wp::array_store(var_temperature_out, var_0, var_1, var_46);
        //---------
        // reverse
        wp::adj_array_store(var_temperature_out, var_0, var_1, var_46, adj_temperature_out, adj_0, adj_1, adj_46);
        // adj: temperature_out[i, j] = value                                                     <L 32>
        wp::adj_add(var_26, var_45, adj_26, adj_45, adj_46);
        wp::adj_mul(var_44, var_43, adj_44, adj_43, adj_45);
        wp::adj_mul(var_delta_time, var_diffusivity, adj_delta_time, adj_diffusivity, adj_44);
        // adj: value = center + delta_time * diffusivity * lap                                   <L 31>
        wp::adj_div(var_41, var_42, var_43, adj_41, adj_42, adj_43);
        wp::adj_mul(var_dx, var_dx, adj_dx, adj_dx, adj_42);
        wp::adj_sub(var_37, var_40, adj_37, adj_40, adj_41);
        wp::adj_mul(var_39, var_26, adj_39, adj_26, adj_40);
        wp::adj_add(var_34, var_38, adj_34, adj_36, adj_37);
        wp::adj_address(var_heat, var_0, var_24, adj_heat, adj_0, adj_24, adj_36);
        wp::adj_add(var_30, var_35, adj_30, adj_33, adj_34);
        wp::adj_address(var_heat, var_0, var_21, adj_heat, adj_0, adj_21, adj_33);
        wp::adj_add(var_31, var_32, adj_28, adj_29, adj_30);
        wp::adj_address(var_heat, var_17, var_1, adj_heat, adj_17, adj_1, adj_29);
        wp::adj_address(var_heat, var_14, var_1, adj_heat, adj_14, adj_1, adj_28);
        // adj: lap = (heat[il, j] + heat[ir, j] + heat[i, jd] + heat[i, ju] - 4.0 * center) / (dx * dx)  <L 30>
        wp::adj_copy(var_27, adj_25, adj_26);
        wp::adj_address(var_heat, var_0, var_1, adj_heat, adj_0, adj_1, adj_25);
        // adj: center = heat[i, j]                                                               <L 29>
        wp::adj_mod(var_23, var_8, adj_23, adj_8, adj_24);
        wp::adj_add(var_1, var_22, adj_1, adj_22, adj_23);
        // adj: ju = (j + 1) % ny                                                                 <L 23>
        wp::adj_mod(var_20, var_8, adj_20, adj_8, adj_21);
        wp::adj_add(var_19, var_8, adj_19, adj_8, adj_20);
        wp::adj_sub(var_1, var_18, adj_1, adj_18, adj_19);
        // adj: jd = (j - 1 + ny) % ny                                                            <L 22>
        wp::adj_mod(var_16, var_4, adj_16, adj_4, adj_17);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_16);
        // adj: ir = (i + 1) % nx                                                                 <L 21>
        wp::adj_mod(var_13, var_4, adj_13, adj_4, adj_14);
        wp::adj_add(var_12, var_4, adj_12, adj_4, adj_13);
        wp::adj_sub(var_0, var_11, adj_0, adj_11, adj_12);
        // adj: il = (i - 1 + nx) % nx                                                            <L 20>
        // adj: if wp.static(periodic):                                                           <L 19>
        adj_heat.shape = adj_6;
        // adj: ny = heat.shape[1]                                                                <L 18>
        adj_heat.shape = adj_2;
        // adj: nx = heat.shape[0]                                                                <L 17>
        // adj: i, j = wp.tid()                                                                   <L 16>
        // adj: def diffuse(                                                                      <L 9>
        continue;
    }
}



extern "C" __global__ void fdtd_update_e_de868d77_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y,
    wp::array_t<wp::float32> var_loss,
    wp::array_t<wp::int32> var_step_count,
    wp::float32 var_courant,
    wp::int32 var_source_i,
    wp::int32 var_source_j,
    wp::float32 var_height_scale,
    wp::float32 var_frequency,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_e_z)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        bool var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::int32* var_11;
        wp::float32 var_12;
        wp::int32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        bool var_35;
        bool var_36;
        bool var_37;
        const wp::float32 var_38 = 6.283185307179586;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        //---------
        // forward
        // def fdtd_update_e(                                                                     <L 58>
        // i, j = wp.tid()                                                                        <L 71>
        builtin_tid2d(var_0, var_1);
        // if i == 0 or j == 0:                                                                   <L 73>
        var_4 = (var_0 == var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 74>
            continue;
        }
        // ca = loss[i, j]                                                                        <L 75>
        var_7 = wp::address(var_loss, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // t = float(step_count[0]) * delta_time                                                  <L 76>
        var_11 = wp::address(var_step_count, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::float(var_13);
        var_14 = wp::mul(var_12, var_delta_time);
        // curl = (h_y[i, j] - h_y[i - 1, j]) - (h_x[i, j] - h_x[i, j - 1])                       <L 77>
        var_15 = wp::address(var_h_y, var_0, var_1);
        var_17 = wp::sub(var_0, var_16);
        var_18 = wp::address(var_h_y, var_17, var_1);
        var_20 = wp::load(var_15);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_22 = wp::address(var_h_x, var_0, var_1);
        var_24 = wp::sub(var_1, var_23);
        var_25 = wp::address(var_h_x, var_0, var_24);
        var_27 = wp::load(var_22);
        var_28 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_28);
        var_29 = wp::sub(var_19, var_26);
        // e = ca * e_z[i, j] + courant * curl                                                    <L 78>
        var_30 = wp::address(var_e_z, var_0, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_8, var_32);
        var_33 = wp::mul(var_courant, var_29);
        var_34 = wp::add(var_31, var_33);
        // if i == source_i and j == source_j:                                                    <L 79>
        var_36 = (var_0 == var_source_i);
        var_35 = var_36;
        if (var_35) {
            var_37 = (var_1 == var_source_j);
            var_35 = var_35 && var_37;
        }
        if (var_35) {
            // s = height_scale * wp.sin(TWO_PI * frequency * t)                                  <L 80>
            var_39 = wp::mul(var_38, var_frequency);
            var_40 = wp::mul(var_39, var_14);
            var_41 = wp::sin(var_40);
            var_42 = wp::mul(var_height_scale, var_41);
            // e = s                                                                              <L 81>
            var_43 = wp::copy(var_42);
        }
        var_44 = wp::where(var_35, var_43, var_34);
        // e_z[i, j] = e                                                                          <L 82>
        wp::array_store(var_e_z, var_0, var_1, var_44);
    }
}



extern "C" __global__ void fdtd_update_e_de868d77_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y,
    wp::array_t<wp::float32> var_loss,
    wp::array_t<wp::int32> var_step_count,
    wp::float32 var_courant,
    wp::int32 var_source_i,
    wp::int32 var_source_j,
    wp::float32 var_height_scale,
    wp::float32 var_frequency,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> adj_h_x,
    wp::array_t<wp::float32> adj_h_y,
    wp::array_t<wp::float32> adj_loss,
    wp::array_t<wp::int32> adj_step_count,
    wp::float32 adj_courant,
    wp::int32 adj_source_i,
    wp::int32 adj_source_j,
    wp::float32 adj_height_scale,
    wp::float32 adj_frequency,
    wp::float32 adj_delta_time,
    wp::array_t<wp::float32> adj_e_z)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        bool var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::int32* var_11;
        wp::float32 var_12;
        wp::int32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        bool var_35;
        bool var_36;
        bool var_37;
        const wp::float32 var_38 = 6.283185307179586;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        bool adj_36 = {};
        bool adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        //---------
        // forward
        // def fdtd_update_e(                                                                     <L 58>
        // i, j = wp.tid()                                                                        <L 71>
        builtin_tid2d(var_0, var_1);
        // if i == 0 or j == 0:                                                                   <L 73>
        var_4 = (var_0 == var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 74>
            goto label0;
        }
        // ca = loss[i, j]                                                                        <L 75>
        var_7 = wp::address(var_loss, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // t = float(step_count[0]) * delta_time                                                  <L 76>
        var_11 = wp::address(var_step_count, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::float(var_13);
        var_14 = wp::mul(var_12, var_delta_time);
        // curl = (h_y[i, j] - h_y[i - 1, j]) - (h_x[i, j] - h_x[i, j - 1])                       <L 77>
        var_15 = wp::address(var_h_y, var_0, var_1);
        var_17 = wp::sub(var_0, var_16);
        var_18 = wp::address(var_h_y, var_17, var_1);
        var_20 = wp::load(var_15);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        var_22 = wp::address(var_h_x, var_0, var_1);
        var_24 = wp::sub(var_1, var_23);
        var_25 = wp::address(var_h_x, var_0, var_24);
        var_27 = wp::load(var_22);
        var_28 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_28);
        var_29 = wp::sub(var_19, var_26);
        // e = ca * e_z[i, j] + courant * curl                                                    <L 78>
        var_30 = wp::address(var_e_z, var_0, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_8, var_32);
        var_33 = wp::mul(var_courant, var_29);
        var_34 = wp::add(var_31, var_33);
        // if i == source_i and j == source_j:                                                    <L 79>
        var_36 = (var_0 == var_source_i);
        var_35 = var_36;
        if (var_35) {
            var_37 = (var_1 == var_source_j);
            var_35 = var_35 && var_37;
        }
        if (var_35) {
            // s = height_scale * wp.sin(TWO_PI * frequency * t)                                  <L 80>
            var_39 = wp::mul(var_38, var_frequency);
            var_40 = wp::mul(var_39, var_14);
            var_41 = wp::sin(var_40);
            var_42 = wp::mul(var_height_scale, var_41);
            // e = s                                                                              <L 81>
            var_43 = wp::copy(var_42);
        }
        var_44 = wp::where(var_35, var_43, var_34);
        // e_z[i, j] = e                                                                          <L 82>
        // wp::array_store(var_e_z, var_0, var_1, var_44);
        //---------
        // reverse
        wp::adj_array_store(var_e_z, var_0, var_1, var_44, adj_e_z, adj_0, adj_1, adj_44);
        // adj: e_z[i, j] = e                                                                     <L 82>
        wp::adj_where(var_35, var_43, var_34, adj_35, adj_43, adj_34, adj_44);
        if (var_35) {
            wp::adj_copy(var_42, adj_42, adj_43);
            // adj: e = s                                                                         <L 81>
            wp::adj_mul(var_height_scale, var_41, adj_height_scale, adj_41, adj_42);
            wp::adj_sin(var_40, adj_40, adj_41);
            wp::adj_mul(var_39, var_14, adj_39, adj_14, adj_40);
            wp::adj_mul(var_38, var_frequency, adj_38, adj_frequency, adj_39);
            // adj: s = height_scale * wp.sin(TWO_PI * frequency * t)                             <L 80>
        }
        if (var_35) {
        }
        // adj: if i == source_i and j == source_j:                                               <L 79>
        wp::adj_add(var_31, var_33, adj_31, adj_33, adj_34);
        wp::adj_mul(var_courant, var_29, adj_courant, adj_29, adj_33);
        wp::adj_mul(var_8, var_32, adj_8, adj_30, adj_31);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_30);
        // adj: e = ca * e_z[i, j] + courant * curl                                               <L 78>
        wp::adj_sub(var_19, var_26, adj_19, adj_26, adj_29);
        wp::adj_sub(var_27, var_28, adj_22, adj_25, adj_26);
        wp::adj_address(var_h_x, var_0, var_24, adj_h_x, adj_0, adj_24, adj_25);
        wp::adj_sub(var_1, var_23, adj_1, adj_23, adj_24);
        wp::adj_address(var_h_x, var_0, var_1, adj_h_x, adj_0, adj_1, adj_22);
        wp::adj_sub(var_20, var_21, adj_15, adj_18, adj_19);
        wp::adj_address(var_h_y, var_17, var_1, adj_h_y, adj_17, adj_1, adj_18);
        wp::adj_sub(var_0, var_16, adj_0, adj_16, adj_17);
        wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_15);
        // adj: curl = (h_y[i, j] - h_y[i - 1, j]) - (h_x[i, j] - h_x[i, j - 1])                  <L 77>
        wp::adj_mul(var_12, var_delta_time, adj_12, adj_delta_time, adj_14);
        wp::adj_float(var_13, adj_11, adj_12);
        wp::adj_address(var_step_count, var_10, adj_step_count, adj_10, adj_11);
        // adj: t = float(step_count[0]) * delta_time                                             <L 76>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_loss, var_0, var_1, adj_loss, adj_0, adj_1, adj_7);
        // adj: ca = loss[i, j]                                                                   <L 75>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 74>
        }
        if (!var_2) {
        }
        // adj: if i == 0 or j == 0:                                                              <L 73>
        // adj: i, j = wp.tid()                                                                   <L 71>
        // adj: def fdtd_update_e(                                                                <L 58>
        continue;
    }
}

