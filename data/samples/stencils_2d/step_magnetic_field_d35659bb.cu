// Warp 1.19.0 cuda code for step_magnetic_field_d35659bb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void create_heat_step_kernel__locals__heat_step_0372948b_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::float32> var_temperature,
    wp::array_t<wp::float32> var_sources,
    wp::float32 var_diffusivity,
    wp::float32 var_delta_time,
    wp::float32 var_grid_dx,
    wp::array_t<wp::float32> var_temp_new)
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
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        const bool var_15 = true;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::float32 var_47 = 1.0;
        const wp::float32 var_48 = 4.0;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        //---------
        // forward
        // def heat_step(                                                                         <L 53>
        // i, j = wp.tid()                                                                        <L 62>
        builtin_tid2d(var_0, var_1);
        // nx = temperature.shape[0]                                                              <L 63>
        var_2 = &(var_temperature.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = temperature.shape[1]                                                              <L 64>
        var_6 = &(var_temperature.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // flag = particle_flags[i, j]                                                            <L 65>
        var_10 = wp::address(var_particle_flags, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if flag == 0:                                                                          <L 66>
        var_14 = (var_11 == var_13);
        if (var_14) {
            // return                                                                             <L 67>
            continue;
        }
        // if wp.static(periodic):                                                                <L 68>
        // il = (i - 1 + nx) % nx                                                                 <L 69>
        var_17 = wp::sub(var_0, var_16);
        var_18 = wp::add(var_17, var_4);
        var_19 = wp::mod(var_18, var_4);
        // ir = (i + 1) % nx                                                                      <L 70>
        var_21 = wp::add(var_0, var_20);
        var_22 = wp::mod(var_21, var_4);
        // jd = (j - 1 + ny) % ny                                                                 <L 71>
        var_24 = wp::sub(var_1, var_23);
        var_25 = wp::add(var_24, var_8);
        var_26 = wp::mod(var_25, var_8);
        // ju = (j + 1) % ny                                                                      <L 72>
        var_28 = wp::add(var_1, var_27);
        var_29 = wp::mod(var_28, var_8);
        // center = temperature[i, j]                                                             <L 78>
        var_30 = wp::address(var_temperature, var_0, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // alpha = diffusivity * delta_time / (grid_dx * grid_dx)                                 <L 79>
        var_33 = wp::mul(var_diffusivity, var_delta_time);
        var_34 = wp::mul(var_grid_dx, var_grid_dx);
        var_35 = wp::div(var_33, var_34);
        // neighbours = temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju]       <L 80>
        var_36 = wp::address(var_temperature, var_19, var_1);
        var_37 = wp::address(var_temperature, var_22, var_1);
        var_39 = wp::load(var_36);
        var_40 = wp::load(var_37);
        var_38 = wp::add(var_39, var_40);
        var_41 = wp::address(var_temperature, var_0, var_26);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_38, var_43);
        var_44 = wp::address(var_temperature, var_0, var_29);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_42, var_46);
        // value = (1.0 - 4.0 * alpha) * center + alpha * neighbours                              <L 81>
        var_49 = wp::mul(var_48, var_35);
        var_50 = wp::sub(var_47, var_49);
        var_51 = wp::mul(var_50, var_31);
        var_52 = wp::mul(var_35, var_45);
        var_53 = wp::add(var_51, var_52);
        // value += delta_time * sources[i, j]                                                    <L 82>
        var_54 = wp::address(var_sources, var_0, var_1);
        var_56 = wp::load(var_54);
        var_55 = wp::mul(var_delta_time, var_56);
        var_57 = wp::add(var_53, var_55);
        // temp_new[i, j] = value                                                                 <L 83>
        wp::array_store(var_temp_new, var_0, var_1, var_57);
    }
}



extern "C" __global__ void create_heat_step_kernel__locals__heat_step_0372948b_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::float32> var_temperature,
    wp::array_t<wp::float32> var_sources,
    wp::float32 var_diffusivity,
    wp::float32 var_delta_time,
    wp::float32 var_grid_dx,
    wp::array_t<wp::float32> var_temp_new,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::float32> adj_temperature,
    wp::array_t<wp::float32> adj_sources,
    wp::float32 adj_diffusivity,
    wp::float32 adj_delta_time,
    wp::float32 adj_grid_dx,
    wp::array_t<wp::float32> adj_temp_new)
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
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        const bool var_15 = true;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::float32 var_47 = 1.0;
        const wp::float32 var_48 = 4.0;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
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
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        bool adj_15 = {};
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
        wp::float32 adj_57 = {};
        //---------
        // forward
        // def heat_step(                                                                         <L 53>
        // i, j = wp.tid()                                                                        <L 62>
        builtin_tid2d(var_0, var_1);
        // nx = temperature.shape[0]                                                              <L 63>
        var_2 = &(var_temperature.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = temperature.shape[1]                                                              <L 64>
        var_6 = &(var_temperature.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // flag = particle_flags[i, j]                                                            <L 65>
        var_10 = wp::address(var_particle_flags, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if flag == 0:                                                                          <L 66>
        var_14 = (var_11 == var_13);
        if (var_14) {
            // return                                                                             <L 67>
            goto label0;
        }
        // if wp.static(periodic):                                                                <L 68>
        // il = (i - 1 + nx) % nx                                                                 <L 69>
        var_17 = wp::sub(var_0, var_16);
        var_18 = wp::add(var_17, var_4);
        var_19 = wp::mod(var_18, var_4);
        // ir = (i + 1) % nx                                                                      <L 70>
        var_21 = wp::add(var_0, var_20);
        var_22 = wp::mod(var_21, var_4);
        // jd = (j - 1 + ny) % ny                                                                 <L 71>
        var_24 = wp::sub(var_1, var_23);
        var_25 = wp::add(var_24, var_8);
        var_26 = wp::mod(var_25, var_8);
        // ju = (j + 1) % ny                                                                      <L 72>
        var_28 = wp::add(var_1, var_27);
        var_29 = wp::mod(var_28, var_8);
        // center = temperature[i, j]                                                             <L 78>
        var_30 = wp::address(var_temperature, var_0, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // alpha = diffusivity * delta_time / (grid_dx * grid_dx)                                 <L 79>
        var_33 = wp::mul(var_diffusivity, var_delta_time);
        var_34 = wp::mul(var_grid_dx, var_grid_dx);
        var_35 = wp::div(var_33, var_34);
        // neighbours = temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju]       <L 80>
        var_36 = wp::address(var_temperature, var_19, var_1);
        var_37 = wp::address(var_temperature, var_22, var_1);
        var_39 = wp::load(var_36);
        var_40 = wp::load(var_37);
        var_38 = wp::add(var_39, var_40);
        var_41 = wp::address(var_temperature, var_0, var_26);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_38, var_43);
        var_44 = wp::address(var_temperature, var_0, var_29);
        var_46 = wp::load(var_44);
        var_45 = wp::add(var_42, var_46);
        // value = (1.0 - 4.0 * alpha) * center + alpha * neighbours                              <L 81>
        var_49 = wp::mul(var_48, var_35);
        var_50 = wp::sub(var_47, var_49);
        var_51 = wp::mul(var_50, var_31);
        var_52 = wp::mul(var_35, var_45);
        var_53 = wp::add(var_51, var_52);
        // value += delta_time * sources[i, j]                                                    <L 82>
        var_54 = wp::address(var_sources, var_0, var_1);
        var_56 = wp::load(var_54);
        var_55 = wp::mul(var_delta_time, var_56);
        var_57 = wp::add(var_53, var_55);
        // temp_new[i, j] = value                                                                 <L 83>
        // wp::array_store(var_temp_new, var_0, var_1, var_57);
        //---------
        // reverse
        wp::adj_array_store(var_temp_new, var_0, var_1, var_57, adj_temp_new, adj_0, adj_1, adj_57);
        // adj: temp_new[i, j] = value                                                            <L 83>
        wp::adj_add(var_53, var_55, adj_53, adj_55, adj_57);
        wp::adj_mul(var_delta_time, var_56, adj_delta_time, adj_54, adj_55);
        wp::adj_address(var_sources, var_0, var_1, adj_sources, adj_0, adj_1, adj_54);
        // adj: value += delta_time * sources[i, j]                                               <L 82>
        wp::adj_add(var_51, var_52, adj_51, adj_52, adj_53);
        wp::adj_mul(var_35, var_45, adj_35, adj_45, adj_52);
        wp::adj_mul(var_50, var_31, adj_50, adj_31, adj_51);
        wp::adj_sub(var_47, var_49, adj_47, adj_49, adj_50);
        wp::adj_mul(var_48, var_35, adj_48, adj_35, adj_49);
        // adj: value = (1.0 - 4.0 * alpha) * center + alpha * neighbours                         <L 81>
        wp::adj_add(var_42, var_46, adj_42, adj_44, adj_45);
        wp::adj_address(var_temperature, var_0, var_29, adj_temperature, adj_0, adj_29, adj_44);
        wp::adj_add(var_38, var_43, adj_38, adj_41, adj_42);
        wp::adj_address(var_temperature, var_0, var_26, adj_temperature, adj_0, adj_26, adj_41);
        wp::adj_add(var_39, var_40, adj_36, adj_37, adj_38);
        wp::adj_address(var_temperature, var_22, var_1, adj_temperature, adj_22, adj_1, adj_37);
        wp::adj_address(var_temperature, var_19, var_1, adj_temperature, adj_19, adj_1, adj_36);
        // adj: neighbours = temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju]  <L 80>
        wp::adj_div(var_33, var_34, var_35, adj_33, adj_34, adj_35);
        wp::adj_mul(var_grid_dx, var_grid_dx, adj_grid_dx, adj_grid_dx, adj_34);
        wp::adj_mul(var_diffusivity, var_delta_time, adj_diffusivity, adj_delta_time, adj_33);
        // adj: alpha = diffusivity * delta_time / (grid_dx * grid_dx)                            <L 79>
        wp::adj_copy(var_32, adj_30, adj_31);
        wp::adj_address(var_temperature, var_0, var_1, adj_temperature, adj_0, adj_1, adj_30);
        // adj: center = temperature[i, j]                                                        <L 78>
        wp::adj_mod(var_28, var_8, adj_28, adj_8, adj_29);
        wp::adj_add(var_1, var_27, adj_1, adj_27, adj_28);
        // adj: ju = (j + 1) % ny                                                                 <L 72>
        wp::adj_mod(var_25, var_8, adj_25, adj_8, adj_26);
        wp::adj_add(var_24, var_8, adj_24, adj_8, adj_25);
        wp::adj_sub(var_1, var_23, adj_1, adj_23, adj_24);
        // adj: jd = (j - 1 + ny) % ny                                                            <L 71>
        wp::adj_mod(var_21, var_4, adj_21, adj_4, adj_22);
        wp::adj_add(var_0, var_20, adj_0, adj_20, adj_21);
        // adj: ir = (i + 1) % nx                                                                 <L 70>
        wp::adj_mod(var_18, var_4, adj_18, adj_4, adj_19);
        wp::adj_add(var_17, var_4, adj_17, adj_4, adj_18);
        wp::adj_sub(var_0, var_16, adj_0, adj_16, adj_17);
        // adj: il = (i - 1 + nx) % nx                                                            <L 69>
        // adj: if wp.static(periodic):                                                           <L 68>
        if (var_14) {
            label0:;
            // adj: return                                                                        <L 67>
        }
        // adj: if flag == 0:                                                                     <L 66>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_particle_flags, var_0, var_1, adj_particle_flags, adj_0, adj_1, adj_10);
        // adj: flag = particle_flags[i, j]                                                       <L 65>
        adj_temperature.shape = adj_6;
        // adj: ny = temperature.shape[1]                                                         <L 64>
        adj_temperature.shape = adj_2;
        // adj: nx = temperature.shape[0]                                                         <L 63>
        // adj: i, j = wp.tid()                                                                   <L 62>
        // adj: def heat_step(                                                                    <L 53>
        continue;
    }
}



extern "C" __global__ void step_magnetic_field_0ec2e45f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_ez,
    wp::array_t<wp::float32> var_ca,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        bool var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        bool var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::float32* var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 8>
        // i, j = wp.tid()                                                                        <L 15>
        builtin_tid2d(var_0, var_1);
        // nx = ez.shape[0]                                                                       <L 16>
        var_2 = &(var_ez.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = ez.shape[1]                                                                       <L 17>
        var_6 = &(var_ez.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // loss = ca[i, j]                                                                        <L 18>
        var_10 = wp::address(var_ca, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if j < ny - 1:                                                                         <L 19>
        var_14 = wp::sub(var_8, var_13);
        var_15 = (var_1 < var_14);
        if (var_15) {
            // de_dy = ez[i, j + 1] - ez[i, j]                                                    <L 20>
            var_17 = wp::add(var_1, var_16);
            var_18 = wp::address(var_ez, var_0, var_17);
            var_19 = wp::address(var_ez, var_0, var_1);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::sub(var_21, var_22);
            // hx[i, j] = loss * hx[i, j] - dt_dx * (de_dy)                                       <L 21>
            var_23 = wp::address(var_hx, var_0, var_1);
            var_25 = wp::load(var_23);
            var_24 = wp::mul(var_11, var_25);
            var_26 = wp::mul(var_dt_dx, var_20);
            var_27 = wp::sub(var_24, var_26);
            wp::array_store(var_hx, var_0, var_1, var_27);
        }
        // if i < nx - 1:                                                                         <L 22>
        var_29 = wp::sub(var_4, var_28);
        var_30 = (var_0 < var_29);
        if (var_30) {
            // de_dx = ez[i + 1, j] - ez[i, j]                                                    <L 23>
            var_32 = wp::add(var_0, var_31);
            var_33 = wp::address(var_ez, var_32, var_1);
            var_34 = wp::address(var_ez, var_0, var_1);
            var_36 = wp::load(var_33);
            var_37 = wp::load(var_34);
            var_35 = wp::sub(var_36, var_37);
            // h_y[i, j] = loss * h_y[i, j] + dt_dx * (de_dx)                                     <L 24>
            var_38 = wp::address(var_h_y, var_0, var_1);
            var_40 = wp::load(var_38);
            var_39 = wp::mul(var_11, var_40);
            var_41 = wp::mul(var_dt_dx, var_35);
            var_42 = wp::add(var_39, var_41);
            wp::array_store(var_h_y, var_0, var_1, var_42);
        }
    }
}



extern "C" __global__ void step_magnetic_field_0ec2e45f_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_ez,
    wp::array_t<wp::float32> var_ca,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y,
    wp::array_t<wp::float32> adj_ez,
    wp::array_t<wp::float32> adj_ca,
    wp::float32 adj_dt_dx,
    wp::array_t<wp::float32> adj_hx,
    wp::array_t<wp::float32> adj_h_y)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        bool var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        bool var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::float32* var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
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
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
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
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 8>
        // i, j = wp.tid()                                                                        <L 15>
        builtin_tid2d(var_0, var_1);
        // nx = ez.shape[0]                                                                       <L 16>
        var_2 = &(var_ez.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = ez.shape[1]                                                                       <L 17>
        var_6 = &(var_ez.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // loss = ca[i, j]                                                                        <L 18>
        var_10 = wp::address(var_ca, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if j < ny - 1:                                                                         <L 19>
        var_14 = wp::sub(var_8, var_13);
        var_15 = (var_1 < var_14);
        if (var_15) {
            // de_dy = ez[i, j + 1] - ez[i, j]                                                    <L 20>
            var_17 = wp::add(var_1, var_16);
            var_18 = wp::address(var_ez, var_0, var_17);
            var_19 = wp::address(var_ez, var_0, var_1);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::sub(var_21, var_22);
            // hx[i, j] = loss * hx[i, j] - dt_dx * (de_dy)                                       <L 21>
            var_23 = wp::address(var_hx, var_0, var_1);
            var_25 = wp::load(var_23);
            var_24 = wp::mul(var_11, var_25);
            var_26 = wp::mul(var_dt_dx, var_20);
            var_27 = wp::sub(var_24, var_26);
            // wp::array_store(var_hx, var_0, var_1, var_27);
        }
        // if i < nx - 1:                                                                         <L 22>
        var_29 = wp::sub(var_4, var_28);
        var_30 = (var_0 < var_29);
        if (var_30) {
            // de_dx = ez[i + 1, j] - ez[i, j]                                                    <L 23>
            var_32 = wp::add(var_0, var_31);
            var_33 = wp::address(var_ez, var_32, var_1);
            var_34 = wp::address(var_ez, var_0, var_1);
            var_36 = wp::load(var_33);
            var_37 = wp::load(var_34);
            var_35 = wp::sub(var_36, var_37);
            // h_y[i, j] = loss * h_y[i, j] + dt_dx * (de_dx)                                     <L 24>
            var_38 = wp::address(var_h_y, var_0, var_1);
            var_40 = wp::load(var_38);
            var_39 = wp::mul(var_11, var_40);
            var_41 = wp::mul(var_dt_dx, var_35);
            var_42 = wp::add(var_39, var_41);
            // wp::array_store(var_h_y, var_0, var_1, var_42);
        }
        //---------
        // reverse
        if (var_30) {
            wp::adj_array_store(var_h_y, var_0, var_1, var_42, adj_h_y, adj_0, adj_1, adj_42);
            wp::adj_add(var_39, var_41, adj_39, adj_41, adj_42);
            wp::adj_mul(var_dt_dx, var_35, adj_dt_dx, adj_35, adj_41);
            wp::adj_mul(var_11, var_40, adj_11, adj_38, adj_39);
            wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_38);
            // adj: h_y[i, j] = loss * h_y[i, j] + dt_dx * (de_dx)                                <L 24>
            wp::adj_sub(var_36, var_37, adj_33, adj_34, adj_35);
            wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_34);
            wp::adj_address(var_ez, var_32, var_1, adj_ez, adj_32, adj_1, adj_33);
            wp::adj_add(var_0, var_31, adj_0, adj_31, adj_32);
            // adj: de_dx = ez[i + 1, j] - ez[i, j]                                               <L 23>
        }
        wp::adj_sub(var_4, var_28, adj_4, adj_28, adj_29);
        // adj: if i < nx - 1:                                                                    <L 22>
        if (var_15) {
            wp::adj_array_store(var_hx, var_0, var_1, var_27, adj_hx, adj_0, adj_1, adj_27);
            wp::adj_sub(var_24, var_26, adj_24, adj_26, adj_27);
            wp::adj_mul(var_dt_dx, var_20, adj_dt_dx, adj_20, adj_26);
            wp::adj_mul(var_11, var_25, adj_11, adj_23, adj_24);
            wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_23);
            // adj: hx[i, j] = loss * hx[i, j] - dt_dx * (de_dy)                                  <L 21>
            wp::adj_sub(var_21, var_22, adj_18, adj_19, adj_20);
            wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_19);
            wp::adj_address(var_ez, var_0, var_17, adj_ez, adj_0, adj_17, adj_18);
            wp::adj_add(var_1, var_16, adj_1, adj_16, adj_17);
            // adj: de_dy = ez[i, j + 1] - ez[i, j]                                               <L 20>
        }
        wp::adj_sub(var_8, var_13, adj_8, adj_13, adj_14);
        // adj: if j < ny - 1:                                                                    <L 19>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_ca, var_0, var_1, adj_ca, adj_0, adj_1, adj_10);
        // adj: loss = ca[i, j]                                                                   <L 18>
        adj_ez.shape = adj_6;
        // adj: ny = ez.shape[1]                                                                  <L 17>
        adj_ez.shape = adj_2;
        // adj: nx = ez.shape[0]                                                                  <L 16>
        // adj: i, j = wp.tid()                                                                   <L 15>
        // adj: def step_magnetic_field(                                                          <L 8>
        continue;
    }
}



extern "C" __global__ void step_electric_field_bf252966_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y,
    wp::float32 var_dt_dx,
    wp::int32 var_src_i,
    wp::int32 var_src_j,
    wp::float32 var_amp,
    wp::float32 var_f0,
    wp::float32 var_sim_time,
    wp::array_t<wp::float32> var_ez)
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
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        const wp::float32 var_29 = 6.283185307179586;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        //---------
        // forward
        // def step_electric_field(                                                               <L 28>
        // i, j = wp.tid()                                                                        <L 39>
        builtin_tid2d(var_0, var_1);
        // if i == 0 or j == 0:                                                                   <L 41>
        var_4 = (var_0 == var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 42>
            continue;
        }
        // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                         <L 43>
        var_7 = wp::address(var_h_y, var_0, var_1);
        var_9 = wp::sub(var_0, var_8);
        var_10 = wp::address(var_h_y, var_9, var_1);
        var_12 = wp::load(var_7);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_14 = wp::address(var_hx, var_0, var_1);
        var_16 = wp::sub(var_1, var_15);
        var_17 = wp::address(var_hx, var_0, var_16);
        var_19 = wp::load(var_14);
        var_20 = wp::load(var_17);
        var_18 = wp::sub(var_19, var_20);
        var_21 = wp::sub(var_11, var_18);
        // e = ez[i, j] + dt_dx * curl                                                            <L 44>
        var_22 = wp::address(var_ez, var_0, var_1);
        var_23 = wp::mul(var_dt_dx, var_21);
        var_25 = wp::load(var_22);
        var_24 = wp::add(var_25, var_23);
        // if i == src_i and j == src_j:                                                          <L 45>
        var_27 = (var_0 == var_src_i);
        var_26 = var_27;
        if (var_26) {
            var_28 = (var_1 == var_src_j);
            var_26 = var_26 && var_28;
        }
        if (var_26) {
            // s = amp * wp.sin(TWO_PI * f0 * sim_time)                                           <L 46>
            var_30 = wp::mul(var_29, var_f0);
            var_31 = wp::mul(var_30, var_sim_time);
            var_32 = wp::sin(var_31);
            var_33 = wp::mul(var_amp, var_32);
            // e = s                                                                              <L 47>
            var_34 = wp::copy(var_33);
        }
        var_35 = wp::where(var_26, var_34, var_24);
        // ez[i, j] = e                                                                           <L 48>
        wp::array_store(var_ez, var_0, var_1, var_35);
    }
}



extern "C" __global__ void step_electric_field_bf252966_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y,
    wp::float32 var_dt_dx,
    wp::int32 var_src_i,
    wp::int32 var_src_j,
    wp::float32 var_amp,
    wp::float32 var_f0,
    wp::float32 var_sim_time,
    wp::array_t<wp::float32> var_ez,
    wp::array_t<wp::float32> adj_hx,
    wp::array_t<wp::float32> adj_h_y,
    wp::float32 adj_dt_dx,
    wp::int32 adj_src_i,
    wp::int32 adj_src_j,
    wp::float32 adj_amp,
    wp::float32 adj_f0,
    wp::float32 adj_sim_time,
    wp::array_t<wp::float32> adj_ez)
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
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        const wp::float32 var_29 = 6.283185307179586;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
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
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        bool adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        //---------
        // forward
        // def step_electric_field(                                                               <L 28>
        // i, j = wp.tid()                                                                        <L 39>
        builtin_tid2d(var_0, var_1);
        // if i == 0 or j == 0:                                                                   <L 41>
        var_4 = (var_0 == var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 42>
            goto label0;
        }
        // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                         <L 43>
        var_7 = wp::address(var_h_y, var_0, var_1);
        var_9 = wp::sub(var_0, var_8);
        var_10 = wp::address(var_h_y, var_9, var_1);
        var_12 = wp::load(var_7);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        var_14 = wp::address(var_hx, var_0, var_1);
        var_16 = wp::sub(var_1, var_15);
        var_17 = wp::address(var_hx, var_0, var_16);
        var_19 = wp::load(var_14);
        var_20 = wp::load(var_17);
        var_18 = wp::sub(var_19, var_20);
        var_21 = wp::sub(var_11, var_18);
        // e = ez[i, j] + dt_dx * curl                                                            <L 44>
        var_22 = wp::address(var_ez, var_0, var_1);
        var_23 = wp::mul(var_dt_dx, var_21);
        var_25 = wp::load(var_22);
        var_24 = wp::add(var_25, var_23);
        // if i == src_i and j == src_j:                                                          <L 45>
        var_27 = (var_0 == var_src_i);
        var_26 = var_27;
        if (var_26) {
            var_28 = (var_1 == var_src_j);
            var_26 = var_26 && var_28;
        }
        if (var_26) {
            // s = amp * wp.sin(TWO_PI * f0 * sim_time)                                           <L 46>
            var_30 = wp::mul(var_29, var_f0);
            var_31 = wp::mul(var_30, var_sim_time);
            var_32 = wp::sin(var_31);
            var_33 = wp::mul(var_amp, var_32);
            // e = s                                                                              <L 47>
            var_34 = wp::copy(var_33);
        }
        var_35 = wp::where(var_26, var_34, var_24);
        // ez[i, j] = e                                                                           <L 48>
        // wp::array_store(var_ez, var_0, var_1, var_35);
        //---------
        // reverse
        wp::adj_array_store(var_ez, var_0, var_1, var_35, adj_ez, adj_0, adj_1, adj_35);
        // adj: ez[i, j] = e                                                                      <L 48>
        wp::adj_where(var_26, var_34, var_24, adj_26, adj_34, adj_24, adj_35);
        if (var_26) {
            wp::adj_copy(var_33, adj_33, adj_34);
            // adj: e = s                                                                         <L 47>
            wp::adj_mul(var_amp, var_32, adj_amp, adj_32, adj_33);
            wp::adj_sin(var_31, adj_31, adj_32);
            wp::adj_mul(var_30, var_sim_time, adj_30, adj_sim_time, adj_31);
            wp::adj_mul(var_29, var_f0, adj_29, adj_f0, adj_30);
            // adj: s = amp * wp.sin(TWO_PI * f0 * sim_time)                                      <L 46>
        }
        if (var_26) {
        }
        // adj: if i == src_i and j == src_j:                                                     <L 45>
        wp::adj_add(var_25, var_23, adj_22, adj_23, adj_24);
        wp::adj_mul(var_dt_dx, var_21, adj_dt_dx, adj_21, adj_23);
        wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_22);
        // adj: e = ez[i, j] + dt_dx * curl                                                       <L 44>
        wp::adj_sub(var_11, var_18, adj_11, adj_18, adj_21);
        wp::adj_sub(var_19, var_20, adj_14, adj_17, adj_18);
        wp::adj_address(var_hx, var_0, var_16, adj_hx, adj_0, adj_16, adj_17);
        wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
        wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_14);
        wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
        wp::adj_address(var_h_y, var_9, var_1, adj_h_y, adj_9, adj_1, adj_10);
        wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
        wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_7);
        // adj: curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                    <L 43>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 42>
        }
        if (!var_2) {
        }
        // adj: if i == 0 or j == 0:                                                              <L 41>
        // adj: i, j = wp.tid()                                                                   <L 39>
        // adj: def step_electric_field(                                                          <L 28>
        continue;
    }
}

