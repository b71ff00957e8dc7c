// Warp 1.19.0 cpu code for spring_forces_426bb1f7.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_spring_forces_6e6c82ee {
    wp::array_t<wp::int32> spring_indices;
    wp::array_t<wp::vec_t<2, wp::float32>> positions;
    wp::array_t<wp::vec_t<2, wp::float32>> velocities;
    wp::array_t<wp::float32> spring_stiffness;
    wp::array_t<wp::float32> spring_damping;
    wp::float32 rest_length;
    wp::array_t<wp::vec_t<2, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void spring_forces_6e6c82ee_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spring_forces_6e6c82ee *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_spring_indices = _wp_args->spring_indices;
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::float32 var_rest_length = _wp_args->rest_length;
    wp::array_t<wp::vec_t<2, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32>* var_15;
    wp::vec_t<2, wp::float32>* var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32>* var_20;
    wp::vec_t<2, wp::float32>* var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::vec_t<2, wp::float32> var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<2, wp::float32> var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32> var_36;
    //---------
    // forward
    // def spring_forces(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = spring_indices[tid, 0]                                                             <L 16>
    var_2 = wp::address(var_spring_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = spring_indices[tid, 1]                                                             <L 17>
    var_6 = wp::address(var_spring_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // k = spring_stiffness[tid]                                                              <L 18>
    var_9 = wp::address(var_spring_stiffness, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // kd = spring_damping[tid]                                                               <L 19>
    var_12 = wp::address(var_spring_damping, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // xij = positions[i] - positions[j]                                                      <L 20>
    var_15 = wp::address(var_positions, var_3);
    var_16 = wp::address(var_positions, var_7);
    var_18 = wp::load(var_15);
    var_19 = wp::load(var_16);
    var_17 = wp::sub(var_18, var_19);
    // vij = velocities[i] - velocities[j]                                                    <L 21>
    var_20 = wp::address(var_velocities, var_3);
    var_21 = wp::address(var_velocities, var_7);
    var_23 = wp::load(var_20);
    var_24 = wp::load(var_21);
    var_22 = wp::sub(var_23, var_24);
    // l = wp.length(xij)                                                                     <L 22>
    var_25 = wp::length(var_17);
    // if l == 0.0:                                                                           <L 23>
    var_27 = (var_25 == var_26);
    if (var_27) {
        // return                                                                             <L 24>
        return;
    }
    // dir = xij / l                                                                          <L 25>
    var_28 = wp::div(var_17, var_25);
    // c = l - rest_length                                                                    <L 26>
    var_29 = wp::sub(var_25, var_rest_length);
    // dcdt = wp.dot(dir, vij)                                                                <L 27>
    var_30 = wp::dot(var_28, var_22);
    // f = dir * (k * c + kd * dcdt)                                                          <L 28>
    var_31 = wp::mul(var_10, var_29);
    var_32 = wp::mul(var_13, var_30);
    var_33 = wp::add(var_31, var_32);
    var_34 = wp::mul(var_28, var_33);
    // wp.atomic_sub(forces, i, f)                                                            <L 29>
    var_35 = wp::atomic_sub(var_forces, var_3, var_34);
    // wp.atomic_add(forces, j, f)                                                            <L 30>
    var_36 = wp::atomic_add(var_forces, var_7, var_34);
}



template <bool wp_linear_contiguous>
static void spring_forces_6e6c82ee_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spring_forces_6e6c82ee *_wp_args,
    wp_args_spring_forces_6e6c82ee *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_spring_indices = _wp_args->spring_indices;
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::float32 var_rest_length = _wp_args->rest_length;
    wp::array_t<wp::vec_t<2, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::int32> adj_spring_indices = _wp_adj_args->spring_indices;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_spring_stiffness = _wp_adj_args->spring_stiffness;
    wp::array_t<wp::float32> adj_spring_damping = _wp_adj_args->spring_damping;
    wp::float32 adj_rest_length = _wp_adj_args->rest_length;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::vec_t<2, wp::float32>* var_15;
    wp::vec_t<2, wp::float32>* var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::vec_t<2, wp::float32> var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32>* var_20;
    wp::vec_t<2, wp::float32>* var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::vec_t<2, wp::float32> var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<2, wp::float32> var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32> var_36;
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
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::vec_t<2, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<2, wp::float32> adj_34 = {};
    wp::vec_t<2, wp::float32> adj_35 = {};
    wp::vec_t<2, wp::float32> adj_36 = {};
    //---------
    // forward
    // def spring_forces(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = spring_indices[tid, 0]                                                             <L 16>
    var_2 = wp::address(var_spring_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = spring_indices[tid, 1]                                                             <L 17>
    var_6 = wp::address(var_spring_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // k = spring_stiffness[tid]                                                              <L 18>
    var_9 = wp::address(var_spring_stiffness, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // kd = spring_damping[tid]                                                               <L 19>
    var_12 = wp::address(var_spring_damping, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // xij = positions[i] - positions[j]                                                      <L 20>
    var_15 = wp::address(var_positions, var_3);
    var_16 = wp::address(var_positions, var_7);
    var_18 = wp::load(var_15);
    var_19 = wp::load(var_16);
    var_17 = wp::sub(var_18, var_19);
    // vij = velocities[i] - velocities[j]                                                    <L 21>
    var_20 = wp::address(var_velocities, var_3);
    var_21 = wp::address(var_velocities, var_7);
    var_23 = wp::load(var_20);
    var_24 = wp::load(var_21);
    var_22 = wp::sub(var_23, var_24);
    // l = wp.length(xij)                                                                     <L 22>
    var_25 = wp::length(var_17);
    // if l == 0.0:                                                                           <L 23>
    var_27 = (var_25 == var_26);
    if (var_27) {
        // return                                                                             <L 24>
        goto label0;
    }
    // dir = xij / l                                                                          <L 25>
    var_28 = wp::div(var_17, var_25);
    // c = l - rest_length                                                                    <L 26>
    var_29 = wp::sub(var_25, var_rest_length);
    // dcdt = wp.dot(dir, vij)                                                                <L 27>
    var_30 = wp::dot(var_28, var_22);
    // f = dir * (k * c + kd * dcdt)                                                          <L 28>
    var_31 = wp::mul(var_10, var_29);
    var_32 = wp::mul(var_13, var_30);
    var_33 = wp::add(var_31, var_32);
    var_34 = wp::mul(var_28, var_33);
    // wp.atomic_sub(forces, i, f)                                                            <L 29>
    // var_35 = wp::atomic_sub(var_forces, var_3, var_34);
    // wp.atomic_add(forces, j, f)                                                            <L 30>
    // var_36 = wp::atomic_add(var_forces, var_7, var_34);
    //---------
    // reverse
    wp::adj_atomic_add(var_forces, var_7, var_34, adj_forces, adj_7, adj_34, adj_36);
    // adj: wp.atomic_add(forces, j, f)                                                       <L 30>
    wp::adj_atomic_sub(var_forces, var_3, var_34, adj_forces, adj_3, adj_34, adj_35);
    // adj: wp.atomic_sub(forces, i, f)                                                       <L 29>
    wp::adj_mul(var_28, var_33, adj_28, adj_33, adj_34);
    wp::adj_add(var_31, var_32, adj_31, adj_32, adj_33);
    wp::adj_mul(var_13, var_30, adj_13, adj_30, adj_32);
    wp::adj_mul(var_10, var_29, adj_10, adj_29, adj_31);
    // adj: f = dir * (k * c + kd * dcdt)                                                     <L 28>
    wp::adj_dot(var_28, var_22, adj_28, adj_22, adj_30);
    // adj: dcdt = wp.dot(dir, vij)                                                           <L 27>
    wp::adj_sub(var_25, var_rest_length, adj_25, adj_rest_length, adj_29);
    // adj: c = l - rest_length                                                               <L 26>
    wp::adj_div(var_17, var_25, adj_17, adj_25, adj_28);
    // adj: dir = xij / l                                                                     <L 25>
    if (var_27) {
        label0:;
        // adj: return                                                                        <L 24>
    }
    // adj: if l == 0.0:                                                                      <L 23>
    wp::adj_length(var_17, var_25, adj_17, adj_25);
    // adj: l = wp.length(xij)                                                                <L 22>
    wp::adj_sub(var_23, var_24, adj_20, adj_21, adj_22);
    wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_21);
    wp::adj_address(var_velocities, var_3, adj_velocities, adj_3, adj_20);
    // adj: vij = velocities[i] - velocities[j]                                               <L 21>
    wp::adj_sub(var_18, var_19, adj_15, adj_16, adj_17);
    wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_16);
    wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_15);
    // adj: xij = positions[i] - positions[j]                                                 <L 20>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_spring_damping, var_0, adj_spring_damping, adj_0, adj_12);
    // adj: kd = spring_damping[tid]                                                          <L 19>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_9);
    // adj: k = spring_stiffness[tid]                                                         <L 18>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_spring_indices, var_0, var_5, adj_spring_indices, adj_0, adj_5, adj_6);
    // adj: j = spring_indices[tid, 1]                                                        <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_spring_indices, var_0, var_1, adj_spring_indices, adj_0, adj_1, adj_2);
    // adj: i = spring_indices[tid, 0]                                                        <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def spring_forces(                                                                <L 5>
    return;
}



struct spring_forces_6e6c82ee_cpu_block_payload_forward
{
    wp_args_spring_forces_6e6c82ee* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spring_forces_6e6c82ee_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spring_forces_6e6c82ee_cpu_block_payload_forward* payload = (spring_forces_6e6c82ee_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spring_forces_6e6c82ee_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void spring_forces_6e6c82ee_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_6e6c82ee *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        spring_forces_6e6c82ee_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spring_forces_6e6c82ee_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct spring_forces_6e6c82ee_cpu_block_payload_backward
{
    wp_args_spring_forces_6e6c82ee* args;
    wp_args_spring_forces_6e6c82ee* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spring_forces_6e6c82ee_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spring_forces_6e6c82ee_cpu_block_payload_backward* payload = (spring_forces_6e6c82ee_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spring_forces_6e6c82ee_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void spring_forces_6e6c82ee_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_6e6c82ee *_wp_args,
    wp_args_spring_forces_6e6c82ee *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        spring_forces_6e6c82ee_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spring_forces_6e6c82ee_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

