// Warp 1.19.0 cuda code for sample_mesh_sdf_9ad41d3a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void init_standing_wave_72c2c370_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_spacing,
    wp::float32 var_wavenumber,
    wp::float32 var_height_scale,
    wp::float32 var_angular_freq,
    wp::float32 var_time,
    wp::array_t<wp::float32> var_field_out)
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
        wp::int32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.5;
        wp::shape_t* var_19;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        wp::shape_t var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        //---------
        // forward
        // def init_standing_wave(                                                                <L 22>
        // i, j, k = wp.tid()                                                                     <L 30>
        builtin_tid3d(var_0, var_1, var_2);
        // x = (float(i) + 0.5) * spacing                                                         <L 31>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::mul(var_5, var_spacing);
        // y = (float(j) + 0.5) * spacing                                                         <L 32>
        var_7 = wp::float(var_1);
        var_9 = wp::add(var_7, var_8);
        var_10 = wp::mul(var_9, var_spacing);
        // z = (float(k) + 0.5) * spacing                                                         <L 33>
        var_11 = wp::float(var_2);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mul(var_13, var_spacing);
        // a = height_scale * wp.cos(angular_freq * time)                                         <L 35>
        var_15 = wp::mul(var_angular_freq, var_time);
        var_16 = wp::cos(var_15);
        var_17 = wp::mul(var_height_scale, var_16);
        // c = 0.5 * float(field_out.shape[0]) * spacing                                          <L 37>
        var_19 = &(var_field_out.shape);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = wp::float(var_21);
        var_24 = wp::mul(var_18, var_23);
        var_25 = wp::mul(var_24, var_spacing);
        // r = wp.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c))                 <L 38>
        var_26 = wp::sub(var_6, var_25);
        var_27 = wp::sub(var_6, var_25);
        var_28 = wp::mul(var_26, var_27);
        var_29 = wp::sub(var_10, var_25);
        var_30 = wp::sub(var_10, var_25);
        var_31 = wp::mul(var_29, var_30);
        var_32 = wp::add(var_28, var_31);
        var_33 = wp::sub(var_14, var_25);
        var_34 = wp::sub(var_14, var_25);
        var_35 = wp::mul(var_33, var_34);
        var_36 = wp::add(var_32, var_35);
        var_37 = wp::sqrt(var_36);
        // field_out[i, j, k] = a * wp.cos(wavenumber * r)                                        <L 39>
        var_38 = wp::mul(var_wavenumber, var_37);
        var_39 = wp::cos(var_38);
        var_40 = wp::mul(var_17, var_39);
        wp::array_store(var_field_out, var_0, var_1, var_2, var_40);
    }
}



extern "C" __global__ void init_standing_wave_72c2c370_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_spacing,
    wp::float32 var_wavenumber,
    wp::float32 var_height_scale,
    wp::float32 var_angular_freq,
    wp::float32 var_time,
    wp::array_t<wp::float32> var_field_out,
    wp::float32 adj_spacing,
    wp::float32 adj_wavenumber,
    wp::float32 adj_height_scale,
    wp::float32 adj_angular_freq,
    wp::float32 adj_time,
    wp::array_t<wp::float32> adj_field_out)
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
        wp::int32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.5;
        wp::shape_t* var_19;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        wp::shape_t var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::shape_t adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::shape_t adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
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
        //---------
        // forward
        // def init_standing_wave(                                                                <L 22>
        // i, j, k = wp.tid()                                                                     <L 30>
        builtin_tid3d(var_0, var_1, var_2);
        // x = (float(i) + 0.5) * spacing                                                         <L 31>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::mul(var_5, var_spacing);
        // y = (float(j) + 0.5) * spacing                                                         <L 32>
        var_7 = wp::float(var_1);
        var_9 = wp::add(var_7, var_8);
        var_10 = wp::mul(var_9, var_spacing);
        // z = (float(k) + 0.5) * spacing                                                         <L 33>
        var_11 = wp::float(var_2);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mul(var_13, var_spacing);
        // a = height_scale * wp.cos(angular_freq * time)                                         <L 35>
        var_15 = wp::mul(var_angular_freq, var_time);
        var_16 = wp::cos(var_15);
        var_17 = wp::mul(var_height_scale, var_16);
        // c = 0.5 * float(field_out.shape[0]) * spacing                                          <L 37>
        var_19 = &(var_field_out.shape);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = wp::float(var_21);
        var_24 = wp::mul(var_18, var_23);
        var_25 = wp::mul(var_24, var_spacing);
        // r = wp.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c))                 <L 38>
        var_26 = wp::sub(var_6, var_25);
        var_27 = wp::sub(var_6, var_25);
        var_28 = wp::mul(var_26, var_27);
        var_29 = wp::sub(var_10, var_25);
        var_30 = wp::sub(var_10, var_25);
        var_31 = wp::mul(var_29, var_30);
        var_32 = wp::add(var_28, var_31);
        var_33 = wp::sub(var_14, var_25);
        var_34 = wp::sub(var_14, var_25);
        var_35 = wp::mul(var_33, var_34);
        var_36 = wp::add(var_32, var_35);
        var_37 = wp::sqrt(var_36);
        // field_out[i, j, k] = a * wp.cos(wavenumber * r)                                        <L 39>
        var_38 = wp::mul(var_wavenumber, var_37);
        var_39 = wp::cos(var_38);
        var_40 = wp::mul(var_17, var_39);
        // wp::array_store(var_field_out, var_0, var_1, var_2, var_40);
        //---------
        // reverse
        wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_40, adj_field_out, adj_0, adj_1, adj_2, adj_40);
        wp::adj_mul(var_17, var_39, adj_17, adj_39, adj_40);
        wp::adj_cos(var_38, adj_38, adj_39);
        wp::adj_mul(var_wavenumber, var_37, adj_wavenumber, adj_37, adj_38);
        // adj: field_out[i, j, k] = a * wp.cos(wavenumber * r)                                   <L 39>
        wp::adj_sqrt(var_36, var_37, adj_36, adj_37);
        wp::adj_add(var_32, var_35, adj_32, adj_35, adj_36);
        wp::adj_mul(var_33, var_34, adj_33, adj_34, adj_35);
        wp::adj_sub(var_14, var_25, adj_14, adj_25, adj_34);
        wp::adj_sub(var_14, var_25, adj_14, adj_25, adj_33);
        wp::adj_add(var_28, var_31, adj_28, adj_31, adj_32);
        wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
        wp::adj_sub(var_10, var_25, adj_10, adj_25, adj_30);
        wp::adj_sub(var_10, var_25, adj_10, adj_25, adj_29);
        wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_sub(var_6, var_25, adj_6, adj_25, adj_27);
        wp::adj_sub(var_6, var_25, adj_6, adj_25, adj_26);
        // adj: r = wp.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c))            <L 38>
        wp::adj_mul(var_24, var_spacing, adj_24, adj_spacing, adj_25);
        wp::adj_mul(var_18, var_23, adj_18, adj_23, adj_24);
        wp::adj_float(var_21, adj_21, adj_23);
        adj_field_out.shape = adj_19;
        // adj: c = 0.5 * float(field_out.shape[0]) * spacing                                     <L 37>
        wp::adj_mul(var_height_scale, var_16, adj_height_scale, adj_16, adj_17);
        wp::adj_cos(var_15, adj_15, adj_16);
        wp::adj_mul(var_angular_freq, var_time, adj_angular_freq, adj_time, adj_15);
        // adj: a = height_scale * wp.cos(angular_freq * time)                                    <L 35>
        wp::adj_mul(var_13, var_spacing, adj_13, adj_spacing, adj_14);
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_float(var_2, adj_2, adj_11);
        // adj: z = (float(k) + 0.5) * spacing                                                    <L 33>
        wp::adj_mul(var_9, var_spacing, adj_9, adj_spacing, adj_10);
        wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_float(var_1, adj_1, adj_7);
        // adj: y = (float(j) + 0.5) * spacing                                                    <L 32>
        wp::adj_mul(var_5, var_spacing, adj_5, adj_spacing, adj_6);
        wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: x = (float(i) + 0.5) * spacing                                                    <L 31>
        // adj: i, j, k = wp.tid()                                                                <L 30>
        // adj: def init_standing_wave(                                                           <L 22>
        continue;
    }
}



extern "C" __global__ void update_field_bffd26d6_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_field,
    wp::array_t<wp::float32> var_rate,
    wp::array_t<wp::int32> var_obstacle)
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
        wp::int32 var_2;
        wp::int32* var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        //---------
        // forward
        // def update_field(                                                                      <L 43>
        // i, j, k = wp.tid()                                                                     <L 50>
        builtin_tid3d(var_0, var_1, var_2);
        // if obstacle[i, j, k] != 0:                                                             <L 51>
        var_3 = wp::address(var_obstacle, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // field[i, j, k] = 0.0                                                               <L 52>
            wp::array_store(var_field, var_0, var_1, var_2, var_7);
            // return                                                                             <L 53>
            continue;
        }
        // field[i, j, k] += rate[i, j, k] * delta_time                                           <L 54>
        var_8 = wp::address(var_rate, var_0, var_1, var_2);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_delta_time);
        var_11 = wp::atomic_add(var_field, var_0, var_1, var_2, var_9);
    }
}



extern "C" __global__ void update_field_bffd26d6_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_field,
    wp::array_t<wp::float32> var_rate,
    wp::array_t<wp::int32> var_obstacle,
    wp::float32 adj_delta_time,
    wp::array_t<wp::float32> adj_field,
    wp::array_t<wp::float32> adj_rate,
    wp::array_t<wp::int32> adj_obstacle)
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
        wp::int32 var_2;
        wp::int32* var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        //---------
        // forward
        // def update_field(                                                                      <L 43>
        // i, j, k = wp.tid()                                                                     <L 50>
        builtin_tid3d(var_0, var_1, var_2);
        // if obstacle[i, j, k] != 0:                                                             <L 51>
        var_3 = wp::address(var_obstacle, var_0, var_1, var_2);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // field[i, j, k] = 0.0                                                               <L 52>
            // wp::array_store(var_field, var_0, var_1, var_2, var_7);
            // return                                                                             <L 53>
            goto label0;
        }
        // field[i, j, k] += rate[i, j, k] * delta_time                                           <L 54>
        var_8 = wp::address(var_rate, var_0, var_1, var_2);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_delta_time);
        // var_11 = wp::atomic_add(var_field, var_0, var_1, var_2, var_9);
        //---------
        // reverse
        wp::adj_atomic_add(var_field, var_0, var_1, var_2, var_9, adj_field, adj_0, adj_1, adj_2, adj_9, adj_11);
        wp::adj_mul(var_10, var_delta_time, adj_8, adj_delta_time, adj_9);
        wp::adj_address(var_rate, var_0, var_1, var_2, adj_rate, adj_0, adj_1, adj_2, adj_8);
        // adj: field[i, j, k] += rate[i, j, k] * delta_time                                      <L 54>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 53>
            wp::adj_array_store(var_field, var_0, var_1, var_2, var_7, adj_field, adj_0, adj_1, adj_2, adj_7);
            // adj: field[i, j, k] = 0.0                                                          <L 52>
        }
        wp::adj_address(var_obstacle, var_0, var_1, var_2, adj_obstacle, adj_0, adj_1, adj_2, adj_3);
        // adj: if obstacle[i, j, k] != 0:                                                        <L 51>
        // adj: i, j, k = wp.tid()                                                                <L 50>
        // adj: def update_field(                                                                 <L 43>
        continue;
    }
}



extern "C" __global__ void sample_mesh_sdf_fd0e0faf_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::uint64 var_collider_mesh,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_spacing,
    wp::float32 var_max_dist,
    wp::array_t<wp::float32> var_field_out)
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
        wp::int32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::mesh_query_point_t var_15;
        const wp::float32 var_16 = 2.0;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        bool* var_19;
        bool var_20;
        wp::float32* var_21;
        wp::int32* var_22;
        wp::float32* var_23;
        wp::float32* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        bool var_33;
        wp::float32 var_34;
        bool var_35;
        //---------
        // forward
        // def sample_mesh_sdf(                                                                   <L 5>
        // i, j, k = wp.tid()                                                                     <L 12>
        builtin_tid3d(var_0, var_1, var_2);
        // p = origin + spacing * wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5)         <L 13>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::float(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::float(var_2);
        var_11 = wp::add(var_9, var_10);
        var_12 = wp::vec_t<3, wp::float32>(var_5, var_8, var_11);
        var_13 = wp::mul(var_spacing, var_12);
        var_14 = wp::add(var_origin, var_13);
        // q = wp.mesh_query_point_sign_winding_number(collider_mesh, p, max_dist)                <L 14>
        var_15 = wp::mesh_query_point_sign_winding_number(var_collider_mesh, var_14, var_max_dist, var_16, var_17);
        // d = max_dist                                                                           <L 15>
        var_18 = wp::copy(var_max_dist);
        // if q.result:                                                                           <L 16>
        var_19 = &((var_15).result);
        var_20 = wp::load(var_19);
        if (var_20) {
            // d = q.sign * wp.length(p - wp.mesh_eval_position(collider_mesh, q.face, q.u, q.v))       <L 17>
            var_21 = &((var_15).sign);
            var_22 = &((var_15).face);
            var_23 = &((var_15).u);
            var_24 = &((var_15).v);
            var_26 = wp::load(var_22);
            var_27 = wp::load(var_23);
            var_28 = wp::load(var_24);
            var_25 = wp::mesh_eval_position(var_collider_mesh, var_26, var_27, var_28);
            var_29 = wp::sub(var_14, var_25);
            var_30 = wp::length(var_29);
            var_32 = wp::load(var_21);
            var_31 = wp::mul(var_32, var_30);
        }
        var_33 = wp::load(var_19);
        var_35 = wp::load(var_19);
        var_34 = wp::where(var_35, var_31, var_18);
        // field_out[i, j, k] = d                                                                 <L 18>
        wp::array_store(var_field_out, var_0, var_1, var_2, var_34);
    }
}



extern "C" __global__ void sample_mesh_sdf_fd0e0faf_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::uint64 var_collider_mesh,
    wp::vec_t<3, wp::float32> var_origin,
    wp::float32 var_spacing,
    wp::float32 var_max_dist,
    wp::array_t<wp::float32> var_field_out,
    wp::uint64 adj_collider_mesh,
    wp::vec_t<3, wp::float32> adj_origin,
    wp::float32 adj_spacing,
    wp::float32 adj_max_dist,
    wp::array_t<wp::float32> adj_field_out)
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
        wp::int32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.5;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.5;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::mesh_query_point_t var_15;
        const wp::float32 var_16 = 2.0;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        bool* var_19;
        bool var_20;
        wp::float32* var_21;
        wp::int32* var_22;
        wp::float32* var_23;
        wp::float32* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::int32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        bool var_33;
        wp::float32 var_34;
        bool var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::mesh_query_point_t adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        bool adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        //---------
        // forward
        // def sample_mesh_sdf(                                                                   <L 5>
        // i, j, k = wp.tid()                                                                     <L 12>
        builtin_tid3d(var_0, var_1, var_2);
        // p = origin + spacing * wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5)         <L 13>
        var_3 = wp::float(var_0);
        var_5 = wp::add(var_3, var_4);
        var_6 = wp::float(var_1);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::float(var_2);
        var_11 = wp::add(var_9, var_10);
        var_12 = wp::vec_t<3, wp::float32>(var_5, var_8, var_11);
        var_13 = wp::mul(var_spacing, var_12);
        var_14 = wp::add(var_origin, var_13);
        // q = wp.mesh_query_point_sign_winding_number(collider_mesh, p, max_dist)                <L 14>
        var_15 = wp::mesh_query_point_sign_winding_number(var_collider_mesh, var_14, var_max_dist, var_16, var_17);
        // d = max_dist                                                                           <L 15>
        var_18 = wp::copy(var_max_dist);
        // if q.result:                                                                           <L 16>
        var_19 = &((var_15).result);
        var_20 = wp::load(var_19);
        if (var_20) {
            // d = q.sign * wp.length(p - wp.mesh_eval_position(collider_mesh, q.face, q.u, q.v))       <L 17>
            var_21 = &((var_15).sign);
            var_22 = &((var_15).face);
            var_23 = &((var_15).u);
            var_24 = &((var_15).v);
            var_26 = wp::load(var_22);
            var_27 = wp::load(var_23);
            var_28 = wp::load(var_24);
            var_25 = wp::mesh_eval_position(var_collider_mesh, var_26, var_27, var_28);
            var_29 = wp::sub(var_14, var_25);
            var_30 = wp::length(var_29);
            var_32 = wp::load(var_21);
            var_31 = wp::mul(var_32, var_30);
        }
        var_33 = wp::load(var_19);
        var_35 = wp::load(var_19);
        var_34 = wp::where(var_35, var_31, var_18);
        // field_out[i, j, k] = d                                                                 <L 18>
        // wp::array_store(var_field_out, var_0, var_1, var_2, var_34);
        //---------
        // reverse
        wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_34, adj_field_out, adj_0, adj_1, adj_2, adj_34);
        // adj: field_out[i, j, k] = d                                                            <L 18>
        wp::adj_where(var_35, var_31, var_18, adj_19, adj_31, adj_18, adj_34);
        if (var_33) {
            wp::adj_mul(var_32, var_30, adj_21, adj_30, adj_31);
            wp::adj_length(var_29, var_30, adj_29, adj_30);
            wp::adj_sub(var_14, var_25, adj_14, adj_25, adj_29);
            wp::adj_mesh_eval_position(var_collider_mesh, var_26, var_27, var_28, adj_collider_mesh, adj_22, adj_23, adj_24, adj_25);
            adj_15.v += adj_24;
            adj_15.u += adj_23;
            adj_15.face = adj_22;
            adj_15.sign += adj_21;
            // adj: d = q.sign * wp.length(p - wp.mesh_eval_position(collider_mesh, q.face, q.u, q.v))  <L 17>
        }
        adj_15.result = adj_19;
        // adj: if q.result:                                                                      <L 16>
        wp::adj_copy(var_max_dist, adj_max_dist, adj_18);
        // adj: d = max_dist                                                                      <L 15>
        wp::adj_mesh_query_point_sign_winding_number(var_collider_mesh, var_14, var_max_dist, var_16, var_17, var_15, adj_collider_mesh, adj_14, adj_max_dist, adj_16, adj_17, adj_15);
        // adj: q = wp.mesh_query_point_sign_winding_number(collider_mesh, p, max_dist)           <L 14>
        wp::adj_add(var_origin, var_13, adj_origin, adj_13, adj_14);
        wp::adj_mul(var_spacing, var_12, adj_spacing, adj_12, adj_13);
        wp::adj_vec_t(var_5, var_8, var_11, adj_5, adj_8, adj_11, adj_12);
        wp::adj_add(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_float(var_2, adj_2, adj_9);
        wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_float(var_1, adj_1, adj_6);
        wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: p = origin + spacing * wp.vec3(float(i) + 0.5, float(j) + 0.5, float(k) + 0.5)    <L 13>
        // adj: i, j, k = wp.tid()                                                                <L 12>
        // adj: def sample_mesh_sdf(                                                              <L 5>
        continue;
    }
}

