// Warp 1.19.0 cuda code for divergence_4434ddfe.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void divergence_d830a0db_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        wp::shape_t var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        const wp::int32 var_35 = 0;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.1;
        const wp::float32 var_43 = 0.25;
        const wp::float32 var_44 = 1.0;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        bool var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.01;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        //---------
        // forward
        // def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):       <L 5>
        // i, j, k = wp.tid()                                                                     <L 6>
        builtin_tid3d(var_0, var_1, var_2);
        // nx = density.shape[0]                                                                  <L 7>
        var_3 = &(var_density.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // ny = density.shape[1]                                                                  <L 8>
        var_7 = &(var_density.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // nz = density.shape[2]                                                                  <L 9>
        var_11 = &(var_density.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        // rho = density[i, j, k]                                                                 <L 10>
        var_15 = wp::address(var_density, var_0, var_1, var_2);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // vel = velocity[i, j, k]                                                                <L 11>
        var_18 = wp::address(var_velocity, var_0, var_1, var_2);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]       <L 12>
        var_22 = wp::sub(var_0, var_21);
        var_25 = wp::sub(var_5, var_24);
        var_26 = wp::clamp(var_22, var_23, var_25);
        var_28 = wp::sub(var_1, var_27);
        var_31 = wp::sub(var_9, var_30);
        var_32 = wp::clamp(var_28, var_29, var_31);
        var_34 = wp::sub(var_2, var_33);
        var_37 = wp::sub(var_13, var_36);
        var_38 = wp::clamp(var_34, var_35, var_37);
        var_39 = wp::address(var_density, var_26, var_32, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // gap = wp.length(vel - wp.vec3(0.1, 0.25, 1.0))                                         <L 13>
        var_45 = wp::vec_t<3, wp::float32>(var_42, var_43, var_44);
        var_46 = wp::sub(var_19, var_45);
        var_47 = wp::length(var_46);
        // lo = float(dt)                                                                         <L 14>
        var_48 = wp::float(var_dt);
        // hi = float(gap)                                                                        <L 15>
        var_49 = wp::float(var_47);
        // if lo > hi:                                                                            <L 16>
        var_50 = (var_48 > var_49);
        if (var_50) {
            // lo = gap                                                                           <L 17>
            var_51 = wp::copy(var_47);
            // hi = dt                                                                            <L 18>
            var_52 = wp::copy(var_dt);
        }
        var_53 = wp::where(var_50, var_51, var_48);
        var_54 = wp::where(var_50, var_52, var_49);
        // range_width = hi - lo                                                                  <L 19>
        var_55 = wp::sub(var_54, var_53);
        // dist = wp.length(vel - wp.vec3(0.01))                                                  <L 20>
        var_57 = wp::vec_t<3, wp::float32>(var_56);
        var_58 = wp::sub(var_19, var_57);
        var_59 = wp::length(var_58);
        // out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (range_width + dist)         <L 21>
        var_60 = wp::sub(var_16, var_40);
        var_61 = wp::mul(var_dt, var_60);
        var_62 = wp::length(var_19);
        var_63 = wp::mul(var_61, var_62);
        var_64 = wp::sub(var_16, var_63);
        var_65 = wp::add(var_55, var_59);
        var_66 = wp::add(var_64, var_65);
        wp::array_store(var_out, var_0, var_1, var_2, var_66);
}



extern "C" __global__ void divergence_d830a0db_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_density,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocity,
    wp::float32 adj_dt,
    wp::array_t<wp::float32> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        wp::shape_t var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::int32 var_32;
        const wp::int32 var_33 = 1;
        wp::int32 var_34;
        const wp::int32 var_35 = 0;
        const wp::int32 var_36 = 1;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 0.1;
        const wp::float32 var_43 = 0.25;
        const wp::float32 var_44 = 1.0;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        bool var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.01;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::shape_t adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
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
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        bool adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        //---------
        // forward
        // def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):       <L 5>
        // i, j, k = wp.tid()                                                                     <L 6>
        builtin_tid3d(var_0, var_1, var_2);
        // nx = density.shape[0]                                                                  <L 7>
        var_3 = &(var_density.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // ny = density.shape[1]                                                                  <L 8>
        var_7 = &(var_density.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        // nz = density.shape[2]                                                                  <L 9>
        var_11 = &(var_density.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        // rho = density[i, j, k]                                                                 <L 10>
        var_15 = wp::address(var_density, var_0, var_1, var_2);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // vel = velocity[i, j, k]                                                                <L 11>
        var_18 = wp::address(var_velocity, var_0, var_1, var_2);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]       <L 12>
        var_22 = wp::sub(var_0, var_21);
        var_25 = wp::sub(var_5, var_24);
        var_26 = wp::clamp(var_22, var_23, var_25);
        var_28 = wp::sub(var_1, var_27);
        var_31 = wp::sub(var_9, var_30);
        var_32 = wp::clamp(var_28, var_29, var_31);
        var_34 = wp::sub(var_2, var_33);
        var_37 = wp::sub(var_13, var_36);
        var_38 = wp::clamp(var_34, var_35, var_37);
        var_39 = wp::address(var_density, var_26, var_32, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // gap = wp.length(vel - wp.vec3(0.1, 0.25, 1.0))                                         <L 13>
        var_45 = wp::vec_t<3, wp::float32>(var_42, var_43, var_44);
        var_46 = wp::sub(var_19, var_45);
        var_47 = wp::length(var_46);
        // lo = float(dt)                                                                         <L 14>
        var_48 = wp::float(var_dt);
        // hi = float(gap)                                                                        <L 15>
        var_49 = wp::float(var_47);
        // if lo > hi:                                                                            <L 16>
        var_50 = (var_48 > var_49);
        if (var_50) {
            // lo = gap                                                                           <L 17>
            var_51 = wp::copy(var_47);
            // hi = dt                                                                            <L 18>
            var_52 = wp::copy(var_dt);
        }
        var_53 = wp::where(var_50, var_51, var_48);
        var_54 = wp::where(var_50, var_52, var_49);
        // range_width = hi - lo                                                                  <L 19>
        var_55 = wp::sub(var_54, var_53);
        // dist = wp.length(vel - wp.vec3(0.01))                                                  <L 20>
        var_57 = wp::vec_t<3, wp::float32>(var_56);
        var_58 = wp::sub(var_19, var_57);
        var_59 = wp::length(var_58);
        // out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (range_width + dist)         <L 21>
        var_60 = wp::sub(var_16, var_40);
        var_61 = wp::mul(var_dt, var_60);
        var_62 = wp::length(var_19);
        var_63 = wp::mul(var_61, var_62);
        var_64 = wp::sub(var_16, var_63);
        var_65 = wp::add(var_55, var_59);
        var_66 = wp::add(var_64, var_65);
        // wp::array_store(var_out, var_0, var_1, var_2, var_66);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_2, var_66, adj_out, adj_0, adj_1, adj_2, adj_66);
        wp::adj_add(var_64, var_65, adj_64, adj_65, adj_66);
        wp::adj_add(var_55, var_59, adj_55, adj_59, adj_65);
        wp::adj_sub(var_16, var_63, adj_16, adj_63, adj_64);
        wp::adj_mul(var_61, var_62, adj_61, adj_62, adj_63);
        wp::adj_length(var_19, var_62, adj_19, adj_62);
        wp::adj_mul(var_dt, var_60, adj_dt, adj_60, adj_61);
        wp::adj_sub(var_16, var_40, adj_16, adj_40, adj_60);
        // adj: out[i, j, k] = rho - dt * (rho - back) * wp.length(vel) + (range_width + dist)    <L 21>
        wp::adj_length(var_58, var_59, adj_58, adj_59);
        wp::adj_sub(var_19, var_57, adj_19, adj_57, adj_58);
        wp::adj_vec_t(var_56, adj_56, adj_57);
        // adj: dist = wp.length(vel - wp.vec3(0.01))                                             <L 20>
        wp::adj_sub(var_54, var_53, adj_54, adj_53, adj_55);
        // adj: range_width = hi - lo                                                             <L 19>
        wp::adj_where(var_50, var_52, var_49, adj_50, adj_52, adj_49, adj_54);
        wp::adj_where(var_50, var_51, var_48, adj_50, adj_51, adj_48, adj_53);
        if (var_50) {
            wp::adj_copy(var_dt, adj_dt, adj_52);
            // adj: hi = dt                                                                       <L 18>
            wp::adj_copy(var_47, adj_47, adj_51);
            // adj: lo = gap                                                                      <L 17>
        }
        // adj: if lo > hi:                                                                       <L 16>
        wp::adj_float(var_47, adj_47, adj_49);
        // adj: hi = float(gap)                                                                   <L 15>
        wp::adj_float(var_dt, adj_dt, adj_48);
        // adj: lo = float(dt)                                                                    <L 14>
        wp::adj_length(var_46, var_47, adj_46, adj_47);
        wp::adj_sub(var_19, var_45, adj_19, adj_45, adj_46);
        wp::adj_vec_t(var_42, var_43, var_44, adj_42, adj_43, adj_44, adj_45);
        // adj: gap = wp.length(vel - wp.vec3(0.1, 0.25, 1.0))                                    <L 13>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_density, var_26, var_32, var_38, adj_density, adj_26, adj_32, adj_38, adj_39);
        wp::adj_clamp(var_34, var_35, var_37, adj_34, adj_35, adj_37, adj_38);
        wp::adj_sub(var_13, var_36, adj_13, adj_36, adj_37);
        wp::adj_sub(var_2, var_33, adj_2, adj_33, adj_34);
        wp::adj_clamp(var_28, var_29, var_31, adj_28, adj_29, adj_31, adj_32);
        wp::adj_sub(var_9, var_30, adj_9, adj_30, adj_31);
        wp::adj_sub(var_1, var_27, adj_1, adj_27, adj_28);
        wp::adj_clamp(var_22, var_23, var_25, adj_22, adj_23, adj_25, adj_26);
        wp::adj_sub(var_5, var_24, adj_5, adj_24, adj_25);
        wp::adj_sub(var_0, var_21, adj_0, adj_21, adj_22);
        // adj: back = density[wp.clamp(i - 1, 0, nx - 1), wp.clamp(j - 1, 0, ny - 1), wp.clamp(k - 1, 0, nz - 1)]  <L 12>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_velocity, var_0, var_1, var_2, adj_velocity, adj_0, adj_1, adj_2, adj_18);
        // adj: vel = velocity[i, j, k]                                                           <L 11>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_density, var_0, var_1, var_2, adj_density, adj_0, adj_1, adj_2, adj_15);
        // adj: rho = density[i, j, k]                                                            <L 10>
        adj_density.shape = adj_11;
        // adj: nz = density.shape[2]                                                             <L 9>
        adj_density.shape = adj_7;
        // adj: ny = density.shape[1]                                                             <L 8>
        adj_density.shape = adj_3;
        // adj: nx = density.shape[0]                                                             <L 7>
        // adj: i, j, k = wp.tid()                                                                <L 6>
        // adj: def divergence(density: wp.array3d(dtype=float), velocity: wp.array3d(dtype=wp.vec3), dt: float, out: wp.array3d(dtype=float)):  <L 5>
        return;
}

